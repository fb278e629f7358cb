#pragma once
// The job workers inside `pcmt serve`: a thread that claims queued jobs (and jobs whose lease ran
// out because their server died) and runs them, and a thread that renews the lease of the job in
// hand. Any number of servers on one database share the work; a job runs on one of them at a time.
#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <thread>

#include "app/jobs/run.hpp"

namespace pcmt::app::jobs {

using Runners = std::map<std::string, Runner>;

// Claims one free job and runs it on `db` in this thread; false when there was none. `current`
// holds the job's id while it runs (for the lease renewal); `stopping` ends it between chunks.
bool run_next_job(store::Connection& db, const Runners& runners, const std::string& lease_owner,
                  const std::atomic<bool>& stopping, std::atomic<int64_t>& current);
// Runs every free job to its end in this thread (the CLI, tests and benchmarks, without a server).
void run_queued_jobs(store::Connection& db, const Runners& runners);

class Worker {
 public:
  Worker(std::string db_url, Runners runners);
  ~Worker();  // stop()
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;
  // Stops between two chunks and hands the job in hand back (its lease released), then returns.
  void stop();

 private:
  void work_loop();
  void lease_loop();

  std::string db_url_;
  Runners runners_;
  std::string lease_owner_;
  std::atomic<bool> stopping_{false};
  std::atomic<int64_t> current_{0};
  std::thread worker_, renewer_;
};

}  // namespace pcmt::app::jobs
