#include "app/plans/task_dues.hpp"

namespace pcmt::app::plans {
namespace {

void refresh(store::Connection& db, const std::string& which, int64_t id) {
  db.query(
      "UPDATE plan_tasks SET first_due = (SELECT MIN(ri.due_date) FROM report_instances ri WHERE ri.task_id = "
      "plan_tasks.id AND ri.required = 1), open_due = (SELECT MIN(ri.due_date) FROM report_instances ri WHERE "
      "ri.task_id = plan_tasks.id AND ri.required = 1 AND ri.status IN ('pending', 'returned')) WHERE " + which + " = $1",
      {id});
}

}  // namespace

void refresh_task_dues(store::Connection& db, int64_t task_id) { refresh(db, "id", task_id); }
void refresh_plan_dues(store::Connection& db, int64_t plan_id) { refresh(db, "plan_id", plan_id); }

}  // namespace pcmt::app::plans
