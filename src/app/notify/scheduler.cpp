#include "app/notify/scheduler.hpp"

#include <chrono>
#include <iostream>

#include "app/clock.hpp"
#include "app/jobs/jobs.hpp"
#include "app/notify/reminders.hpp"
#include "app/clock.hpp"

namespace pcmt::app::notify {

RunDecision decide_run(const SchedulerView& v, int digest_hour) {
  if (v.job_open || v.since_last_run < kRunEverySeconds) return {};
  const bool digest_due = v.vn_hour >= digest_hour && v.digest_done_day != v.today;
  if (digest_due) return {true, true};
  if (v.immediate_users) return {true, false};
  return {};
}

Scheduler::Scheduler(std::string db_url, MailConfig config) : db_url_(std::move(db_url)), config_(std::move(config)) {
  if (config_.enabled() && config_.digest_hour) thread_ = std::thread([this] { loop(); });
}

Scheduler::~Scheduler() { stop(); }

void Scheduler::stop() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
}

void Scheduler::loop() {
  std::unique_ptr<store::Connection> db;
  while (!stopping_) {
    try {
      if (!db) db = store::connect(db_url_);
      tick(*db);
    } catch (const std::exception& e) {
      std::cerr << "pcmt mail: scheduler error, retrying: " << e.what() << "\n";
      db.reset();
    }
    for (int i = 0; i < 600 && !stopping_; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

void Scheduler::tick(store::Connection& db) {
  const int64_t now = now_seconds();
  SchedulerView v;
  v.vn_hour = static_cast<int>(((now + 7 * 3600) % 86'400) / 3600);
  v.today = vn_today().iso();
  v.digest_done_day = digest_done_day(db);
  const std::string kind(kReminderJob);
  const auto activity = jobs::kind_activity(db, kind);
  v.job_open = activity.open;
  v.since_last_run = activity.last_created_at ? now - *activity.last_created_at : kRunEverySeconds;
  v.immediate_users =
      !db.query("SELECT 1 FROM mail_settings WHERE enabled = 1 AND mode = 'immediate' LIMIT 1", {}).empty();
  const auto decision = decide_run(v, *config_.digest_hour);
  if (!decision.run) return;
  // The job runs for no user in particular: its owner is the system (no account, id 0).
  Actor system;
  system.username = "pcmt";
  system.full_name = "Hệ thống pcmt";
  system.role = Role::admin;
  system.scope = {ScopeKind::province, "all"};
  store::Transaction tx(db);
  jobs::enqueue(db, system,
                {std::string(kReminderJob), {{"as_of", v.today}, {"daily", decision.daily}}, /*cancellable=*/false});
  tx.commit();
}

}  // namespace pcmt::app::notify
