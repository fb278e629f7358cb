#pragma once
// Correcting a saved task: its wording, its deadline (a conditional task gets its date once the
// event happened), its agencies. The instances follow in the same transaction.
#include <optional>
#include <vector>

#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

struct TaskPatch {
  std::optional<std::string> ref, text;
  std::optional<std::vector<std::string>> section;  // the titles it is listed under; [] for none
  std::optional<schedule::Due> due;
  // A list given replaces that role's agencies; a list left out keeps them.
  std::optional<std::vector<AgencyRef>> lead, cooperating, requested;
};

// Plan managers only (see access.hpp). 400 plan.* naming the field on bad input.
TaskView update_task(store::Connection& db, const Actor& actor, int64_t task_id, const TaskPatch& patch,
                     calendar::Date as_of);

}  // namespace pcmt::app::plans
