#pragma once
// What a job's code sees while a worker runs it: its input, where it left off, and the calls that
// record progress. Every write of a job goes through chunk(): a short write transaction that also
// records the progress and checks the lease, so the work and "how far it got" commit together
// and a worker that lost its lease (it stalled, another instance took over) commits nothing.
#include <boost/json.hpp>

#include <atomic>
#include <functional>
#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::jobs {

struct LeaseLost : std::runtime_error {
  LeaseLost() : std::runtime_error("job lease lost") {}
};
// The server is shutting down: the job stops between chunks and another worker resumes it.
struct Stopping : std::runtime_error {
  Stopping() : std::runtime_error("server stopping") {}
};

class Run {
 public:
  struct Claim {
    int64_t id = 0;
    std::string kind, phase;
    int64_t done = 0, total = 0;
    int attempt = 0;  // 1 on the first run, more after a crash or a lost lease
    boost::json::object input, progress;
  };
  Run(store::Connection& db, Claim claim, std::string lease_owner, Actor owner, const std::atomic<bool>& stopping);

  store::Connection& db() { return db_; }
  int64_t id() const { return c_.id; }
  int attempt() const { return c_.attempt; }
  const Actor& owner() const { return owner_; }
  const boost::json::object& input() const { return c_.input; }
  const std::string& phase() const { return c_.phase; }
  int64_t done() const { return c_.done; }
  int64_t total() const { return c_.total; }
  boost::json::object& progress() { return c_.progress; }

  // Runs `work` in one write transaction that also stores phase/done/total/progress as set by
  // `work` (through set()), and commits.
  void chunk(const std::function<void()>& work);
  void set(std::string phase, int64_t done, int64_t total);
  // Progress without other writes (a phase that only reads, e.g. validating a file).
  void report(std::string phase, int64_t done, int64_t total);
  bool cancel_requested();
  // Between chunks: throws Stopping when the server is shutting down.
  void checkpoint() const;

  // Inside chunk(): the job ends with this result / error.
  void finish(const boost::json::value& result);
  void fail(const boost::json::object& error, const boost::json::value& result = nullptr);
  void cancelled(const boost::json::value& result = nullptr);
  bool ended() const { return !end_state_.empty(); }

 private:
  void store_progress();
  store::Connection& db_;
  Claim c_;
  std::string lease_owner_;
  Actor owner_;
  const std::atomic<bool>& stopping_;
  std::string end_state_;
  boost::json::value result_, error_;
};

// A job kind's code. It returns when the job has ended (through finish/fail/cancelled inside a
// chunk) or throws; a throw other than LeaseLost fails the job with a generic error.
using Runner = std::function<void(Run&)>;

}  // namespace pcmt::app::jobs
