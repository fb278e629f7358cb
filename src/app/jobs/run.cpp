#include "app/jobs/run.hpp"

#include <thread>

#include "app/clock.hpp"
#include "app/jobs/lease.hpp"

namespace pcmt::app::jobs {
namespace json = boost::json;

namespace {
constexpr auto kPauseBetweenChunks = std::chrono::milliseconds(5);
}  // namespace

Run::Run(store::Connection& db, Claim claim, std::string lease_owner, Actor owner, const std::atomic<bool>& stopping)
    : db_(db), c_(std::move(claim)), lease_owner_(std::move(lease_owner)), owner_(std::move(owner)), stopping_(stopping) {}

void Run::set(std::string phase, int64_t done, int64_t total) {
  c_.phase = std::move(phase);
  c_.done = done;
  c_.total = total;
}

void Run::chunk(const std::function<void()>& work) {
  store::Transaction tx(db_);
  work();
  store_progress();
  tx.commit();
  // SQLite has one writer: a short pause lets the writes that queued behind this chunk go first.
  if (db_.engine() == store::Engine::sqlite && !ended()) std::this_thread::sleep_for(kPauseBetweenChunks);
}

void Run::report(std::string phase, int64_t done, int64_t total) {
  set(std::move(phase), done, total);
  store_progress();
}

bool Run::cancel_requested() {
  return db_.query("SELECT cancel_requested FROM jobs WHERE id = $1", {c_.id}).one().boolean(0);
}

void Run::checkpoint() const {
  if (stopping_) throw Stopping();
}

void Run::finish(const json::value& result) {
  end_state_ = "done";
  result_ = result;
}

void Run::fail(const json::object& error, const json::value& result) {
  end_state_ = "failed";
  error_ = error;
  result_ = result;
}

void Run::cancelled(const json::value& result) {
  end_state_ = "cancelled";
  result_ = result;
}

void Run::store_progress() {
  const int64_t now = now_seconds();
  store::Result r;
  if (end_state_.empty()) {
    r = db_.query(
        "UPDATE jobs SET phase = $3, done = $4, total = $5, progress = $6, updated_at = $7, lease_until = $8 "
        "WHERE id = $1 AND lease_owner = $2",
        {c_.id, lease_owner_, c_.phase, c_.done, c_.total, json::serialize(c_.progress), now, now + kLeaseSeconds});
  } else {
    // An ended job keeps no input (an import's file holds personal data) and no lease.
    r = db_.query(
        "UPDATE jobs SET phase = $3, done = $4, total = $5, progress = '{}', updated_at = $6, finished_at = $6, "
        "state = $7, result = $8, error = $9, input = '{}', lease_owner = NULL, lease_until = NULL "
        "WHERE id = $1 AND lease_owner = $2",
        {c_.id, lease_owner_, c_.phase, c_.done, c_.total, now, end_state_,
         result_.is_null() ? store::Value() : store::Value(json::serialize(result_)),
         error_.is_null() ? store::Value() : store::Value(json::serialize(error_))});
  }
  if (r.affected == 0) throw LeaseLost();
}

}  // namespace pcmt::app::jobs
