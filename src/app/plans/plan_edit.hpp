#pragma once
// Changing a saved plan's links and clock: the provincial plan it implements,
// its reporting cycle and its last tracked year. A changed clock reschedules every task.
#include <optional>

#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

struct PlanPatch {
  bool set_parent = false;
  std::optional<int64_t> parent_plan_id;  // with set_parent: nullopt unlinks
  std::optional<schedule::Recurrence> reporting;
  std::optional<int> horizon_year;
};

// Plan managers only. 400 plan.parent_invalid (unknown, out of scope, itself, or a cycle),
// plan.horizon_invalid, plan.reporting_invalid.
void update_plan(store::Connection& db, const Actor& actor, int64_t plan_id, const PlanPatch& patch);

}  // namespace pcmt::app::plans
