#include "app/plans/task_resync.hpp"

#include "app/plans/task_dues.hpp"

namespace pcmt::app::plans {

std::vector<Assignment> load_assignments(store::Connection& db, int64_t task_id) {
  std::vector<Assignment> out;
  for (const auto& r :
       db.query("SELECT agency_id, role FROM task_agencies WHERE task_id = $1 ORDER BY position", {task_id}).rows)
    out.push_back({r.i64(0), r.str(1)});
  return out;
}

void resync_task(store::Connection& db, const PlanFacts& plan, int64_t task_id, const schedule::Due& due,
                 const std::vector<Assignment>& agencies, int64_t now) {
  const auto s = schedule::schedule_for(due, plan.clock);
  db.query("UPDATE plan_tasks SET due_state = $1, updated_at = $2 WHERE id = $3",
           {std::string(schedule::to_string(s.state)), now, task_id});
  sync_instances(db, {plan.id, task_id, plan.province_code}, agencies, s, now);
  refresh_task_dues(db, task_id);
}

void resync_plan(store::Connection& db, const PlanFacts& plan, int64_t now) {
  auto tasks = db.query(std::string("SELECT id, ") + kDueColumns + " FROM plan_tasks WHERE plan_id = $1", {plan.id});
  for (const auto& r : tasks.rows)
    resync_task(db, plan, r.i64(0), due_from_row(r, 1), load_assignments(db, r.i64(0)), now);
}

}  // namespace pcmt::app::plans
