#include "app/plans/stats.hpp"

#include <map>

#include "app/error.hpp"
#include "app/plans/access.hpp"
#include "app/plans/bind.hpp"
#include "app/plans/ranking.hpp"
#include "app/plans/task_status.hpp"

namespace pcmt::app::plans {
namespace {

// Which instances and tasks a tally covers: one plan, or every plan of a province.
struct Reach {
  std::string instances;  // over `ri`, with its parameter bound into `params`
  std::string tasks;      // over `t`
  store::Params params;
};

Reach plan_reach(int64_t plan_id) { return {"ri.plan_id = $1", "t.plan_id = $1", {plan_id}}; }

Reach province_reach(const std::string& province) {
  return {"ri.province_code = $1", "t.plan_id IN (SELECT id FROM plans WHERE province_code = $1)", {province}};
}

int64_t n(const store::Row& r, size_t i) { return r.is_null(i) ? 0 : r.i64(i); }

TaskTally task_tally(store::Connection& db, const Reach& reach, const std::string& as_of) {
  store::Params p = reach.params;
  const std::string d = add_param(p, as_of);
  const auto r = db.query(
                       "SELECT COUNT(*), SUM(CASE WHEN x.st = 'done' THEN 1 ELSE 0 END), SUM(CASE WHEN x.st = 'overdue' "
                       "THEN 1 ELSE 0 END), SUM(CASE WHEN x.st <> 'done' AND x.due_state IN ('awaiting_condition', "
                       "'no_deadline') THEN 1 ELSE 0 END), SUM(x.due) FROM (SELECT t.due_state, " +
                           task_status_sql("t", d) +
                           " AS st, CASE WHEN t.done_on IS NOT NULL OR EXISTS (SELECT 1 FROM report_instances s WHERE "
                           "s.task_id = t.id AND s.required = 1 AND s.due_date < " + d +
                           ") THEN 1 ELSE 0 END AS due FROM plan_tasks t WHERE " + reach.tasks + ") x",
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

std::map<int64_t, AgencyStats> agency_tallies(store::Connection& db, const Reach& reach, const std::string& as_of) {
  std::map<int64_t, AgencyStats> out;
  store::Params p = reach.params;
  const std::string d = add_param(p, as_of);
  const std::string overdue = instance_overdue_sql("ri", d);
  // Grouped on the covering index first; names are joined to the ~100 groups, not the rows.
  for (const auto& r :
       db.query("SELECT g.agency_id, a.name, g.required, g.assessable, g.on_time, g.late, g.missing, g.overdue, "
                "g.awaiting, g.accepted, g.overdue_tasks FROM (SELECT ri.agency_id, COUNT(*) AS required, "
                "SUM(CASE WHEN ri.first_submitted_on IS NOT NULL OR ri.due_date < " + d + " THEN 1 ELSE 0 END) AS "
                "assessable, SUM(CASE WHEN ri.first_submitted_on <= ri.due_date THEN 1 ELSE 0 END) AS on_time, "
                "SUM(CASE WHEN ri.first_submitted_on > ri.due_date THEN 1 ELSE 0 END) AS late, SUM(CASE WHEN "
                "ri.first_submitted_on IS NULL AND ri.due_date < " + d + " THEN 1 ELSE 0 END) AS missing, SUM(CASE "
                "WHEN " + overdue + " THEN 1 ELSE 0 END) AS overdue, SUM(CASE WHEN ri.status = 'submitted' THEN 1 ELSE "
                "0 END) AS awaiting, SUM(CASE WHEN ri.status = 'accepted' THEN 1 ELSE 0 END) AS accepted, "
                "COUNT(DISTINCT CASE WHEN " + overdue + " THEN ri.task_id END) AS overdue_tasks FROM report_instances "
                "ri WHERE " + reach.instances + " AND ri.required = 1 GROUP BY ri.agency_id) g JOIN agencies a ON "
                "a.id = g.agency_id",
                p)
           .rows) {
    auto& a = out[r.i64(0)];
    a.agency_id = r.i64(0);
    a.name = r.str(1);
    a.instances = {n(r, 2), n(r, 3), n(r, 4), n(r, 5), n(r, 6), n(r, 7), n(r, 8), n(r, 9)};
    a.tasks_overdue = n(r, 10);
  }
  for (const auto& r :
       db.query("SELECT g.agency_id, a.name, g.lead, g.cooperating, g.requested FROM (SELECT ta.agency_id, SUM(CASE WHEN "
                "ta.role = 'lead' THEN 1 ELSE 0 END) AS lead, SUM(CASE WHEN ta.role = 'cooperating' THEN 1 ELSE 0 END) "
                "AS cooperating, SUM(CASE WHEN ta.role = 'requested' THEN 1 ELSE 0 END) AS requested FROM "
                "task_agencies ta JOIN plan_tasks t ON t.id = ta.task_id WHERE " + reach.tasks +
                " GROUP BY ta.agency_id) g JOIN agencies a ON a.id = g.agency_id",
                reach.params)
           .rows) {
    auto& a = out[r.i64(0)];
    a.agency_id = r.i64(0);
    a.name = r.str(1);
    a.tasks_lead = n(r, 2);
    a.tasks_cooperating = n(r, 3);
    a.tasks_requested = n(r, 4);
  }
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
