#include "app/jobs/worker.hpp"

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <random>

#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/jobs/jobs.hpp"
#include "app/jobs/lease.hpp"
#include "app/memory.hpp"
#include "report/temp_file.hpp"

namespace pcmt::app::jobs {
namespace json = boost::json;

namespace {

constexpr auto kPoll = std::chrono::milliseconds(500);

std::string new_lease_owner() {
  std::random_device rd;
  return std::to_string(getpid()) + "-" + std::to_string(rd()) + std::to_string(rd());
}

// Sleeps up to `d`, waking early when the server stops.
void nap(const std::atomic<bool>& stopping, std::chrono::milliseconds d) {
  for (auto left = d; left.count() > 0 && !stopping; left -= std::chrono::milliseconds(100))
    std::this_thread::sleep_for(std::min(left, std::chrono::milliseconds(100)));
}

// A free job: queued, or running under a lease that expired (its worker died).
std::string free_job(const char* now_param) {
  return std::string("state IN ('queued', 'running') AND (lease_owner IS NULL OR lease_until < ") + now_param + ")";
}

std::string claim_sql(store::Engine engine) {
  // One statement, so two workers cannot take the same job: SQLite runs it under its one write
  // lock; PostgreSQL skips rows another worker is claiming and re-checks the condition after.
  return std::string("UPDATE jobs SET state = 'running', lease_owner = $1, lease_until = $2, attempts = attempts + 1, "
                     "updated_at = $3 WHERE ") +
         free_job("$3") + " AND id = (SELECT id FROM jobs WHERE " + free_job("$3") + " ORDER BY id LIMIT 1" +
         (engine == store::Engine::postgres ? " FOR UPDATE SKIP LOCKED" : "") +
         ") RETURNING id, kind, owner, phase, done, total, attempts, input, progress";
}

void end_with_error(store::Connection& db, const std::string& lease_owner, int64_t id, const json::object& error) {
  const int64_t now = now_seconds();
  db.query("UPDATE jobs SET state = 'failed', error = $3, input = '{}', progress = '{}', finished_at = $4, "
           "updated_at = $4, lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2",
           {id, lease_owner, json::serialize(error), now});
}

// The database's disk or the temporary files' disk is full: the job ends as the request would have.
void end_disk_full(store::Connection& db, const std::string& lease_owner, int64_t id) {
  const Error full = storage_full();
  end_with_error(db, lease_owner, id, {{"code", full.code}, {"message", full.what()}});
}

}  // namespace

Worker::Worker(std::string db_url, Runners runners)
    : db_url_(std::move(db_url)), runners_(std::move(runners)), lease_owner_(new_lease_owner()) {
  worker_ = std::thread([this] { work_loop(); });
  renewer_ = std::thread([this] { lease_loop(); });
}

Worker::~Worker() { stop(); }

void Worker::stop() {
  stopping_ = true;
  if (worker_.joinable()) worker_.join();
  if (renewer_.joinable()) renewer_.join();
}

void Worker::work_loop() {
  std::unique_ptr<store::Connection> db;
  while (!stopping_) {
    try {
      if (!db) db = store::connect(db_url_);
      if (!run_next_job(*db, runners_, lease_owner_, stopping_, current_)) nap(stopping_, kPoll);
    } catch (const std::exception& e) {
      std::cerr << "pcmt jobs: worker error, retrying: " << e.what() << "\n";
      db.reset();  // a broken connection is reopened
      nap(stopping_, std::chrono::milliseconds(2000));
    }
  }
}

void Worker::lease_loop() {
  std::unique_ptr<store::Connection> db;
  while (!stopping_) {
    nap(stopping_, std::chrono::seconds(kLeaseRenewSeconds));
    const int64_t id = current_;
    if (stopping_ || id == 0) continue;
    try {
      if (!db) db = store::connect(db_url_);
      db->query("UPDATE jobs SET lease_until = $3 WHERE id = $1 AND lease_owner = $2",
                {id, lease_owner_, now_seconds() + kLeaseSeconds});
    } catch (const std::exception& e) {
      std::cerr << "pcmt jobs: lease renewal failed: " << e.what() << "\n";
      db.reset();
    }
  }
}

bool run_next_job(store::Connection& db, const Runners& runners, const std::string& lease_owner,
                  const std::atomic<bool>& stopping, std::atomic<int64_t>& current) {
  const int64_t now = now_seconds();
  // A read first: the claiming UPDATE takes SQLite's write lock, which an idle poll should not.
  if (db.query("SELECT 1 FROM jobs WHERE " + free_job("$1") + " LIMIT 1", {now}).empty())
    return false;
  auto claimed = db.query(claim_sql(db.engine()), {lease_owner, now + kLeaseSeconds, now});
  if (claimed.empty()) return false;
  const auto& r = claimed.rows[0];
  Run::Claim c;
  c.id = r.i64(0);
  c.kind = r.str(1);
  c.phase = r.str(3);
  c.done = r.i64(4);
  c.total = r.i64(5);
  c.attempt = static_cast<int>(r.i64(6));
  c.input = json::parse(r.str(7)).as_object();
  c.progress = json::parse(r.str(8)).as_object();
  const auto runner = runners.find(c.kind);
  if (runner == runners.end()) {
    end_with_error(db, lease_owner, c.id, {{"code", "job.unknown"}, {"message", "Không chạy được công việc này"}});
    return true;
  }
  current = c.id;
  const int64_t id = c.id;
  const std::string kind = c.kind;
  try {
    Run run(db, std::move(c), lease_owner, actor_of(r.str(2)), stopping);
    runner->second(run);
  } catch (const Stopping&) {
    db.rollback();
    db.query("UPDATE jobs SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2",
             {id, lease_owner});
  } catch (const LeaseLost&) {
    db.rollback();  // another worker has it now
  } catch (const Error& e) {
    db.rollback();
    end_with_error(db, lease_owner, id, {{"code", e.code}, {"message", e.what()}, {"field", e.field}});
  } catch (const store::StorageFull&) {
    db.rollback();
    end_disk_full(db, lease_owner, id);
  } catch (const report::DiskFull&) {  // a document's temporary file
    db.rollback();
    end_disk_full(db, lease_owner, id);
  } catch (const std::exception& e) {
    db.rollback();
    // The kind and id only: a message from deep down may quote a row of the file.
    std::cerr << "pcmt jobs: job " << id << " (" << kind << ") failed\n";
    end_with_error(db, lease_owner, id, {{"code", "job.failed"}, {"message", "Công việc gặp lỗi và đã dừng"}});
  }
  current = 0;
  release_free_memory();  // a job is large work by definition: its freed heap goes back to the system
  return true;
}

void run_queued_jobs(store::Connection& db, const Runners& runners) {
  const std::atomic<bool> never{false};
  std::atomic<int64_t> current{0};
  const std::string owner = new_lease_owner();
  while (run_next_job(db, runners, owner, never, current)) {
  }
}

}  // namespace pcmt::app::jobs
