#pragma once
// Adding a task to a saved plan: the standing office found one the parser missed, or the plan was
// amended. The task gets its agencies and the report instances its deadline owes, exactly as if
// it had been saved with the plan, with its audit row, in one transaction.
#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

// The task (its field is "task") goes after the last task of the same section titles, or last.
// Plan managers only (403); agencies must be in the catalogue (400 plan.agency_unknown); 400
// plan.* naming the field on bad input; 404 for a plan out of scope.
TaskView add_task(store::Connection& db, const Actor& actor, int64_t plan_id, const TaskInput& task,
                  calendar::Date as_of);

}  // namespace pcmt::app::plans
