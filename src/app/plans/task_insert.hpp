#pragma once
// One task of a plan written to its rows: checked, its agencies resolved, the task and its
// assignments inserted. Shared by saving a reviewed plan and adding a task to a saved plan.
#include <vector>

#include "app/plans/agency_resolver.hpp"
#include "app/plans/instance_sync.hpp"
#include "app/plans/plan_model.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

// 400 plan.* naming t.field + ".text", ".ref", ".section", ".due.*".
void validate_task(const TaskInput& t);

// Each agency once, in its strongest role (lead, then co-operating, then requested).
std::vector<Assignment> resolve_assignments(AgencyResolver& resolver, const TaskInput& t);

// Inserts the task (cleaned) at `position` with its due state and assignments; returns its id.
int64_t insert_task(store::Connection& db, int64_t plan_id, int64_t position, const TaskInput& t,
                    schedule::DueState state, const std::vector<Assignment>& agencies, int64_t now);

}  // namespace pcmt::app::plans
