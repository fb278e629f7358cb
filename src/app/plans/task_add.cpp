#include "app/plans/task_add.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/plans/access.hpp"
#include "app/plans/plan_queries.hpp"
#include "app/plans/task_insert.hpp"
#include "app/plans/task_resync.hpp"
#include "app/plans/task_section.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::plans {
namespace {

// After the last task under the same titles (those behind it move down one), or at the end.
int64_t position_for(store::Connection& db, int64_t plan_id, const store::Value& section) {
  auto last = section.kind() == store::Value::Kind::null
                  ? db.query("SELECT MAX(position) FROM plan_tasks WHERE plan_id = $1 AND section_path IS NULL", {plan_id})
                  : db.query("SELECT MAX(position) FROM plan_tasks WHERE plan_id = $1 AND section_path = $2",
                             {plan_id, section});
  if (last.rows.empty() || last.rows[0].is_null(0)) {
    auto end = db.query("SELECT COALESCE(MAX(position), -1) FROM plan_tasks WHERE plan_id = $1", {plan_id});
    return end.one().i64(0) + 1;
  }
  const int64_t after = last.rows[0].i64(0);
  db.query("UPDATE plan_tasks SET position = position + 1 WHERE plan_id = $1 AND position > $2", {plan_id, after});
  return after + 1;
}

}  // namespace

TaskView add_task(store::Connection& db, const Actor& actor, int64_t plan_id, const TaskInput& task,
                  calendar::Date as_of) {
  store::Transaction tx(db);
  const PlanOwnership ownership = visible_plan(db, actor, plan_id);
  require_manage(actor, ownership);
  validate_task(task);
  const PlanFacts plan = load_plan_facts(db, plan_id);
  AgencyResolver resolver(db, plan.province_code);
  const auto agencies = resolve_assignments(resolver, task);

  const int64_t now = now_seconds();
  const int64_t position = position_for(db, plan_id, section_column(clean_section(task.section, task.field + ".section")));
  const auto state = schedule::schedule_for(task.due, plan.clock).state;
  const int64_t task_id = insert_task(db, plan_id, position, task, state, agencies, now);
  // The same instances saving the plan would have created: resync adds what the schedule owes.
  resync_task(db, plan, task_id, task.due, agencies, now);
  const int64_t instances =
      db.query("SELECT COUNT(*) FROM report_instances WHERE task_id = $1", {task_id}).one().i64(0);

  auto e = event_by(actor, "task.create", "task", std::to_string(task_id));
  e.province_code = plan.province_code;
  e.detail_json = boost::json::serialize(boost::json::object{
      {"plan_id", plan_id}, {"ref", text::to_nfc(text::trim(task.ref))}, {"agencies", agencies.size()}, {"instances", instances}});
  append_audit(db, e);
  tx.commit();
  return get_task(db, actor, task_id, as_of);
}

}  // namespace pcmt::app::plans
