#pragma once
// Long work as jobs: a row in `jobs` that any `pcmt serve` worker may claim (worker.hpp). The
// request that starts long work only validates its input and enqueues; the owner (or an admin)
// follows the progress, cancels, and reads the result here. Authorisation is in each query.
#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::jobs {

struct JobView {
  int64_t id = 0;
  std::string kind, state, phase;
  int64_t done = 0, total = 0;
  bool cancellable = true, cancel_requested = false;
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> finished_at;
  boost::json::value result, error;  // null until the job ends
};

struct NewJob {
  std::string kind;
  boost::json::object input;
  bool cancellable = true;
};

// Enqueues inside the caller's transaction (so the job exists exactly when the change that starts
// it commits); returns its id.
int64_t enqueue(store::Connection& db, const Actor& owner, const NewJob& job);

// The job when the actor owns it or is an admin; 404 otherwise.
JobView get_job(store::Connection& db, const Actor& actor, int64_t id);
// The actor's own jobs, newest first: those still running and the last ended ones.
std::vector<JobView> list_jobs(store::Connection& db, const Actor& actor);
// Asks the worker to stop (a queued job stops at once). 409 job.not_cancellable for work that
// cannot be undone, 409 job.finished when it has already ended. Audited.
JobView cancel_job(store::Connection& db, const Actor& actor, int64_t id);

boost::json::object to_json(const JobView& j);

// Whether a job of this kind is queued or running, and when the last one was created (for schedulers
// that start a kind at most so often).
struct KindActivity {
  bool open = false;
  std::optional<int64_t> last_created_at;
};
KindActivity kind_activity(store::Connection& db, const std::string& kind);

// The owner as stored with the job: a job runs with the role and scope its owner had when it
// started (as the request that started it would have).
std::string actor_json(const Actor& a);
Actor actor_of(const std::string& stored);

}  // namespace pcmt::app::jobs
