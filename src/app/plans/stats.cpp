#include "app/plans/stats.hpp"

#include <map>

#include "app/agencies.hpp"
#include "app/error.hpp"
#include "app/plans/access.hpp"
#include "app/plans/ranking.hpp"
#include "store/params.hpp"

namespace pcmt::app::plans {
namespace {

// Which instances and tasks a tally covers: one plan, or every plan of a province.
struct Reach {
  std::string instances;  // over `ri`, its parameter $1
  std::string tasks;      // over `t`
  std::string roles;      // over `ta` (task_agencies), with its joins
  store::Params params;
};

Reach plan_reach(int64_t plan_id) {
  return {"ri.plan_id = $1", "t.plan_id = $1",
          "task_agencies ta JOIN plan_tasks t ON t.id = ta.task_id WHERE t.plan_id = $1", {plan_id}};
}

Reach province_reach(const std::string& province) {
  // Agencies belong to one province: its agencies' assignments are its tasks' assignments.
  return {"ri.province_code = $1",
          "t.plan_id IN (SELECT id FROM plans WHERE province_code = $1)",
          "task_agencies ta WHERE ta.agency_id IN " + agencies_of_province_sql("$1"),
          {province}};
}

int64_t n(const store::Row& r, size_t i) { return r.is_null(i) ? 0 : r.i64(i); }

TaskTally task_tally(store::Connection& db, const Reach& reach, const std::string& as_of) {
  store::Params p = reach.params;
  const std::string d = store::bind_param(p, as_of);
  const auto r = db.query(
                       "SELECT COUNT(*), SUM(CASE WHEN t.done_on IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN "
                       "t.done_on IS NULL AND t.open_due < " + d + " THEN 1 ELSE 0 END), SUM(CASE WHEN t.done_on IS "
                       "NULL AND t.due_state IN ('awaiting_condition', 'no_deadline') THEN 1 ELSE 0 END), SUM(CASE "
                       "WHEN t.done_on IS NOT NULL OR t.first_due < " + d + " THEN 1 ELSE 0 END) FROM plan_tasks t "
                       "WHERE " + reach.tasks,
                       p)
                     .one();
  TaskTally t;
  t.total = n(r, 0);
  t.done = n(r, 1);
  t.overdue = n(r, 2);
  t.awaiting_date = n(r, 3);
  t.due = n(r, 4);
  t.in_progress = t.total - t.done - t.overdue;
  return t;
}

// One group per agency, status and timeliness, each with its count and how many are past due:
// every figure of InstanceTally follows (a pending instance was never filed).
void add_group(InstanceTally& t, const std::string& status, const std::optional<std::string>& timeliness,
               int64_t count, int64_t past) {
  t.required += count;
  if (timeliness == "on_time") t.on_time += count;
  if (timeliness == "late") t.late += count;
  t.assessable += timeliness ? count : past;
  if (status == "pending") {
    t.missing += past;
    t.overdue += past;
  } else if (status == "returned") {
    t.overdue += past;
  } else if (status == "submitted") {
    t.awaiting_review += count;
  } else if (status == "accepted") {
    t.accepted += count;
  }
}

std::map<int64_t, AgencyStats> agency_tallies(store::Connection& db, const Reach& reach, const std::string& as_of) {
  std::map<int64_t, AgencyStats> out;
  {
    store::Params p = reach.params;
    const std::string d = store::bind_param(p, as_of);
    // Streams over the covering index in group order: no sort, no table rows.
    for (const auto& r : db.query("SELECT ri.agency_id, ri.status, ri.timeliness, COUNT(*), SUM(CASE WHEN ri.due_date < " +
                                      d + " THEN 1 ELSE 0 END) FROM report_instances ri WHERE " + reach.instances +
                                      " AND ri.required = 1 GROUP BY ri.agency_id, ri.status, ri.timeliness",
                                  p)
                             .rows)
      add_group(out[r.i64(0)].instances, r.str(1), r.opt_str(2), r.i64(3), n(r, 4));
  }
  {
    store::Params p = reach.params;
    const std::string d = store::bind_param(p, as_of);
    // "required" is tested inside the count, so that the open index (status, due date) drives the search.
    for (const auto& r : db.query("SELECT ri.agency_id, COUNT(DISTINCT CASE WHEN ri.required = 1 THEN ri.task_id END) "
                                  "FROM report_instances ri WHERE " + reach.instances +
                                      " AND ri.status IN ('pending', 'returned') AND ri.due_date < " + d +
                                      " GROUP BY ri.agency_id",
                                  p)
                             .rows)
      out[r.i64(0)].tasks_overdue = r.i64(1);
  }
  for (const auto& r : db.query("SELECT ta.agency_id, ta.role, COUNT(*) FROM " + reach.roles +
                                    " GROUP BY ta.agency_id, ta.role",
                                reach.params)
                           .rows) {
    auto& a = out[r.i64(0)];
    const std::string role = r.str(1);
    (role == "lead" ? a.tasks_lead : role == "cooperating" ? a.tasks_cooperating : a.tasks_requested) = r.i64(2);
  }
  if (out.empty()) return out;
  std::vector<int64_t> agency_ids;
  for (auto& [id, a] : out) {
    a.agency_id = id;
    agency_ids.push_back(id);
  }
  for (const auto& [id, name] : agency_names(db, agency_ids)) out[id].name = name;
  return out;
}

TrackingStats tally(store::Connection& db, const Reach& reach, calendar::Date as_of) {
  TrackingStats s;
  s.as_of = as_of.iso();
  s.tasks = task_tally(db, reach, s.as_of);
  for (auto& [id, a] : agency_tallies(db, reach, s.as_of)) {
    s.instances.add(a.instances);
    s.agencies.push_back(std::move(a));
  }
  rank_agencies(s.agencies, s.commend, s.criticise);
  return s;
}

}  // namespace

std::optional<double> InstanceTally::on_time_rate() const {
  if (assessable == 0) return std::nullopt;
  return static_cast<double>(on_time) / static_cast<double>(assessable);
}

void InstanceTally::add(const InstanceTally& o) {
  required += o.required;
  assessable += o.assessable;
  on_time += o.on_time;
  late += o.late;
  missing += o.missing;
  overdue += o.overdue;
  awaiting_review += o.awaiting_review;
  accepted += o.accepted;
}

std::optional<double> TaskTally::overdue_share() const {
  if (due == 0) return std::nullopt;
  return static_cast<double>(overdue) / static_cast<double>(due);
}

TrackingStats plan_stats(store::Connection& db, const Actor& actor, int64_t plan_id, calendar::Date as_of) {
  require_oversee(actor, visible_plan(db, actor, plan_id));
  auto s = tally(db, plan_reach(plan_id), as_of);
  s.plans = 1;
  return s;
}

TrackingStats province_stats(store::Connection& db, const Actor& actor, const std::string& province,
                             calendar::Date as_of) {
  const bool province_role = actor.role == Role::admin || actor.role == Role::standing_office ||
                             actor.role == Role::leader || actor.role == Role::auditor;
  if (!province_role) throw forbidden();
  const std::string code = actor.role == Role::admin && !province.empty() ? province : actor.province_code;
  auto s = tally(db, province_reach(code), as_of);
  s.plans = db.query("SELECT COUNT(*) FROM plans WHERE province_code = $1", {code}).one().i64(0);
  return s;
}

}  // namespace pcmt::app::plans
