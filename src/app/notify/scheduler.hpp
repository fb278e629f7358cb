#pragma once
// The thread in `pcmt serve` that starts the reminder job: once a minute it looks whether a run is
// due, and enqueues one "mail.digest" job when none is open. A run is due
//   - at or after the digest hour (Vietnam time) while the day's digest has not gone out to
//     everyone (a failed delivery makes the next run retry it), and
//   - every kRunEverySeconds for users who want mail as soon as something is new.
// Runs are at least kRunEverySeconds apart, so an unreachable SMTP server is retried, not hammered.
// Several servers may each run one: the job's claims keep every mail single.
#include <atomic>
#include <string>
#include <thread>

#include "app/notify/mail_config.hpp"
#include "store/db.hpp"

namespace pcmt::app::notify {

constexpr int64_t kRunEverySeconds = 15 * 60;

struct SchedulerView {
  int vn_hour = 0;               // the hour now, Vietnam time
  std::string today;             // Vietnam date
  std::string digest_done_day;   // the last day whose digest reached everyone
  bool job_open = false;         // a reminder job is queued or running
  int64_t since_last_run = 0;    // seconds since the last reminder job was created (large if none)
  bool immediate_users = false;  // someone wants mail at once
};

struct RunDecision {
  bool run = false;
  bool daily = false;
};
// What the scheduler does now: pure, so the rule is tested without a clock.
RunDecision decide_run(const SchedulerView& v, int digest_hour);

class Scheduler {
 public:
  // Starts nothing unless mail is configured with a digest hour ("off": mail only by command).
  Scheduler(std::string db_url, MailConfig config);
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;
  void stop();

 private:
  void loop();
  void tick(store::Connection& db);

  std::string db_url_;
  MailConfig config_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace pcmt::app::notify
