#pragma once
// Reminder mails, run as the job "mail.digest": every user whose settings ask for mail and who has
// something that needs attention gets the counts of their inbox (attention.hpp) and a link.
//   daily      once per day (the job's as_of): a digest, when anything needs attention
//   immediate  whenever a count has risen since their last mail (checked each time the job runs)
// Idempotent: each mail's slot is claimed in the database before the SMTP server is contacted
// (mail_deliveries), so a restart, a second run or a second server never sends it twice. A
// delivery that fails is logged without any personal data and its claim removed, so the next run
// retries it; a failure never fails the job or anyone's request.
#include <boost/json.hpp>

#include <functional>
#include <string_view>

#include "app/actor.hpp"
#include "app/jobs/run.hpp"
#include "app/notify/mail_config.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::notify {

constexpr std::string_view kReminderJob = "mail.digest";

struct ReminderReport {
  int64_t sent = 0, failed = 0, nothing_new = 0;
};

// Runs `write` as one committed write transaction (a job's chunk, or a plain transaction).
using WriteStep = std::function<void(const std::function<void()>&)>;

// `daily`: the digest users too (at or after the digest hour); otherwise the immediate ones only.
ReminderReport send_reminders(store::Connection& db, const MailConfig& config, calendar::Date as_of, bool daily,
                              int64_t now, const WriteStep& write);

// The job's code; its input is {"as_of": "YYYY-MM-DD", "daily": bool}. When every digest of the day
// has gone out it records the day, so the scheduler does not start the day's digest again.
void run_reminder_job(jobs::Run& run);

// An admin starts the day's reminders now (tests, or after fixing the SMTP settings): 202 with the
// job. 403 for anyone else; 409 mail.not_configured when no SMTP server is configured. Audited.
int64_t request_reminders(store::Connection& db, const Actor& actor, calendar::Date as_of);

// The day (YYYY-MM-DD) whose digest has gone out to everyone, or "".
std::string digest_done_day(store::Connection& db);

boost::json::object to_json(const ReminderReport& r);

}  // namespace pcmt::app::notify
