#include "app/notify/reminders.hpp"

#include <iostream>

#include "app/audit.hpp"
#include "app/auth.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/jobs/jobs.hpp"
#include "app/settings.hpp"
#include "app/users.hpp"
#include "app/notify/attention.hpp"
#include "app/notify/mail_text.hpp"
#include "app/notify/smtp.hpp"

namespace pcmt::app::notify {
namespace json = boost::json;

namespace {

constexpr const char* kDoneSetting = "mail.digest.done_day";

struct Recipient {
  int64_t user_id = 0;
  std::string email, mode;
};

std::vector<Recipient> recipients(store::Connection& db, bool daily) {
  std::vector<Recipient> out;
  for (const auto& r : db.query("SELECT s.user_id, s.email, s.mode FROM mail_settings s WHERE s.enabled = 1 AND s.email <> '' "
                                "AND " + user_enabled_sql("s.user_id") + " " +
                                    std::string(daily ? "" : "AND s.mode = 'immediate' ") + "ORDER BY s.user_id",
                                {})
                           .rows)
    out.push_back({r.i64(0), r.str(1), r.str(2)});
  return out;
}

// The slot a mail claims, or "" when there is nothing to send: a digest once a day when anything
// needs attention; an immediate notice when a count rose since the last one.
std::string slot_for(store::Connection& db, const Recipient& who, const Attention& a) {
  if (who.mode == "daily") return a.total() > 0 ? a.as_of : "";
  auto last = db.query("SELECT counts FROM mail_deliveries WHERE user_id = $1 AND kind = 'immediate' "
                       "ORDER BY id DESC LIMIT 1",
                       {who.user_id});
  const Attention before = last.empty() ? Attention{} : attention_of(json::parse(last.rows[0].str(0)).as_object());
  if (!a.rose_since(before)) return "";
  return a.as_of + " " + std::to_string(a.reports_due_soon) + "," + std::to_string(a.reports_overdue) + "," +
         std::to_string(a.reports_to_review) + "," + std::to_string(a.notices_unread) + "," +
         std::to_string(a.deadlines_overdue) + "," + std::to_string(a.deadlines_due_this_week) + "," +
         std::to_string(a.drug_free_waiting) + "," + std::to_string(a.new_assignments);
}

}  // namespace

ReminderReport send_reminders(store::Connection& db, const MailConfig& config, calendar::Date as_of, bool daily,
                              int64_t now, const WriteStep& write) {
  ReminderReport report;
  for (const auto& who : recipients(db, daily)) {
    const auto actor = load_actor(db, who.user_id);
    if (!actor) continue;
    const Attention a = attention(db, *actor, as_of, now);
    const std::string slot = slot_for(db, who, a);
    if (slot.empty()) {
      ++report.nothing_new;
      continue;
    }
    int64_t claim = 0;
    write([&] {
      auto r = db.query("INSERT INTO mail_deliveries (user_id, kind, slot, counts, state, created_at) "
                        "VALUES ($1, $2, $3, $4, 'sending', $5) ON CONFLICT (user_id, kind, slot) DO NOTHING RETURNING id",
                        {who.user_id, who.mode, slot, json::serialize(to_json(a)), now});
      if (!r.empty()) claim = r.rows[0].i64(0);
    });
    if (claim == 0) continue;  // sent (or being sent) already
    try {
      send_mail(config, reminder_mail(a, config.public_url, who.email, who.mode == "daily"));
      write([&] { db.query("UPDATE mail_deliveries SET state = 'sent', sent_at = $2 WHERE id = $1", {claim, now}); });
      ++report.sent;
    } catch (const MailError& e) {
      // No address, no user: what failed and that it will be retried.
      std::cerr << "pcmt mail: a reminder could not be delivered and will be retried: " << e.what() << "\n";
      write([&] { db.query("DELETE FROM mail_deliveries WHERE id = $1", {claim}); });
      ++report.failed;
    }
  }
  return report;
}

void run_reminder_job(jobs::Run& run) {
  const auto& in = run.input();
  const auto as_of = calendar::Date::parse(std::string(in.at("as_of").as_string())).value();
  const bool daily = in.at("daily").as_bool();
  const auto report = send_reminders(run.db(), mail_config(), as_of, daily, now_seconds(),
                                     [&](const std::function<void()>& w) { run.chunk(w); });
  run.chunk([&] {
    if (daily && report.failed == 0)
      settings::put(run.db(), std::string(kDoneSetting), as_of.iso());
    run.finish(to_json(report));
  });
}

int64_t request_reminders(store::Connection& db, const Actor& actor, calendar::Date as_of) {
  if (actor.role != Role::admin) throw forbidden();
  if (!mail_config().enabled())
    throw conflict("mail.not_configured", "Máy chủ chưa được cấu hình gửi thư (SMTP), hãy báo quản trị hệ thống");
  store::Transaction tx(db);
  const int64_t id = jobs::enqueue(
      db, actor, {std::string(kReminderJob), {{"as_of", as_of.iso()}, {"daily", true}}, /*cancellable=*/false});
  auto e = event_by(actor, "mail.reminders_request", "job", std::to_string(id));
  e.detail_json = json::serialize(json::object{{"as_of", as_of.iso()}});
  append_audit(db, e);
  tx.commit();
  return id;
}

std::string digest_done_day(store::Connection& db) {
  return settings::get(db, std::string(kDoneSetting)).value_or("");
}

json::object to_json(const ReminderReport& r) {
  return {{"sent", r.sent}, {"failed", r.failed}, {"nothing_new", r.nothing_new}};
}

}  // namespace pcmt::app::notify
