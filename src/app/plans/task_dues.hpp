#pragma once
// A task's first_due and open_due (see the plan_tasks table): kept in its row so that the task's
// status is read, not searched for, in every list and tally. Refreshed in the transaction of
// every write that changes the task's required instances: save, reschedule, filing, review.
#include <string>

#include "store/db.hpp"

namespace pcmt::app::plans {

void refresh_task_dues(store::Connection& db, int64_t task_id);
void refresh_plan_dues(store::Connection& db, int64_t plan_id);

}  // namespace pcmt::app::plans
