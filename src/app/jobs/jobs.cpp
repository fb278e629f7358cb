#include "app/jobs/jobs.hpp"

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"

namespace pcmt::app::jobs {
namespace json = boost::json;

namespace {

constexpr const char* kColumns =
    "id, kind, state, phase, done, total, cancellable, cancel_requested, created_at, updated_at, finished_at, "
    "result, error";

json::value parse_or_null(const store::Row& r, size_t i) {
  if (r.is_null(i)) return nullptr;
  return json::parse(r.str(i));
}

JobView view_of(const store::Row& r) {
  JobView j;
  j.id = r.i64(0);
  j.kind = r.str(1);
  j.state = r.str(2);
  j.phase = r.str(3);
  j.done = r.i64(4);
  j.total = r.i64(5);
  j.cancellable = r.boolean(6);
  j.cancel_requested = r.boolean(7);
  j.created_at = r.i64(8);
  j.updated_at = r.i64(9);
  j.finished_at = r.opt_i64(10);
  j.result = parse_or_null(r, 11);
  j.error = parse_or_null(r, 12);
  return j;
}

// The owner, or an admin, sees a job: the condition every query about one job carries.
const char* const kVisible = "(owner_id = $2 OR $3 = 1)";

store::Params visible_params(int64_t id, const Actor& actor) {
  return {id, actor.user_id, actor.role == Role::admin ? 1 : 0};
}

}  // namespace

std::string actor_json(const Actor& a) {
  return json::serialize(json::object{{"user_id", a.user_id},
                                      {"username", a.username},
                                      {"full_name", a.full_name},
                                      {"role", to_string(a.role)},
                                      {"scope", a.scope.to_string()},
                                      {"province_code", a.province_code}});
}

Actor actor_of(const std::string& text) {
  const auto o = json::parse(text).as_object();
  Actor a;
  a.user_id = o.at("user_id").to_number<int64_t>();
  a.username = std::string(o.at("username").as_string());
  a.full_name = std::string(o.at("full_name").as_string());
  a.role = parse_role(o.at("role").as_string()).value();
  a.scope = Scope::parse(o.at("scope").as_string()).value();
  a.province_code = std::string(o.at("province_code").as_string());
  return a;
}

int64_t enqueue(store::Connection& db, const Actor& owner, const NewJob& job) {
  const int64_t now = now_seconds();
  return db
      .query("INSERT INTO jobs (kind, owner_id, owner, input, cancellable, created_at, updated_at) "
             "VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
             {job.kind, owner.user_id, actor_json(owner), json::serialize(job.input), job.cancellable, now})
      .one()
      .i64(0);
}

JobView get_job(store::Connection& db, const Actor& actor, int64_t id) {
  auto r = db.query(std::string("SELECT ") + kColumns + " FROM jobs WHERE id = $1 AND " + kVisible,
                    visible_params(id, actor));
  if (r.empty()) throw not_found();
  return view_of(r.rows[0]);
}

std::vector<JobView> list_jobs(store::Connection& db, const Actor& actor) {
  std::vector<JobView> out;
  for (const auto& r : db.query(std::string("SELECT ") + kColumns +
                                    " FROM jobs WHERE owner_id = $1 ORDER BY (CASE WHEN state IN ('queued', "
                                    "'running') THEN 0 ELSE 1 END), id DESC LIMIT 20",
                                {actor.user_id})
                           .rows)
    out.push_back(view_of(r));
  return out;
}

JobView cancel_job(store::Connection& db, const Actor& actor, int64_t id) {
  store::Transaction tx(db);
  const JobView before = get_job(db, actor, id);
  if (before.state != "queued" && before.state != "running")
    throw conflict("job.finished", "Công việc đã kết thúc, không thể hủy");
  if (!before.cancellable)
    throw conflict("job.not_cancellable", "Công việc này không hủy được: giá trị đã được áp dụng và đang tính lại");
  const int64_t now = now_seconds();
  db.query("UPDATE jobs SET cancel_requested = 1, updated_at = $2 WHERE id = $1", {id, now});
  // Nobody has started it: it ends here, nothing was written.
  db.query("UPDATE jobs SET state = 'cancelled', input = '{}', finished_at = $2 WHERE id = $1 AND state = 'queued' "
           "AND lease_owner IS NULL",
           {id, now});
  auto e = event_by(actor, "jobs.cancel", "job", std::to_string(id));
  e.detail_json = json::serialize(json::object{{"kind", before.kind}});
  append_audit(db, e);
  tx.commit();
  return get_job(db, actor, id);
}

json::object to_json(const JobView& j) {
  return {{"id", j.id},
          {"kind", j.kind},
          {"state", j.state},
          {"phase", j.phase},
          {"done", j.done},
          {"total", j.total},
          {"cancellable", j.cancellable},
          {"cancel_requested", j.cancel_requested},
          {"created_at", j.created_at},
          {"updated_at", j.updated_at},
          {"finished_at", j.finished_at ? json::value(*j.finished_at) : json::value(nullptr)},
          {"result", j.result},
          {"error", j.error}};
}

KindActivity kind_activity(store::Connection& db, const std::string& kind) {
  KindActivity a;
  a.open = !db.query("SELECT 1 FROM jobs WHERE kind = $1 AND state IN ('queued', 'running') LIMIT 1", {kind}).empty();
  a.last_created_at = db.query("SELECT MAX(created_at) FROM jobs WHERE kind = $1", {kind}).one().opt_i64(0);
  return a;
}

}  // namespace pcmt::app::jobs
