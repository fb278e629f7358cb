#pragma once
// Recomputing a task's schedule after its deadline, its agencies or the plan's clock changed.
#include <vector>

#include "app/plans/instance_sync.hpp"
#include "app/plans/task_rows.hpp"

namespace pcmt::app::plans {

std::vector<Assignment> load_assignments(store::Connection& db, int64_t task_id);

// Stores the task's due state and brings its instances in line (see sync_instances).
void resync_task(store::Connection& db, const PlanFacts& plan, int64_t task_id, const schedule::Due& due,
                 const std::vector<Assignment>& agencies, int64_t now);

// Every task of the plan, after its reporting cycle or horizon changed.
void resync_plan(store::Connection& db, const PlanFacts& plan, int64_t now);

}  // namespace pcmt::app::plans
