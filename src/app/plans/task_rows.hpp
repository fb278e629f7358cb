#pragma once
// Reading a task's deadline and a plan's schedule facts back from their rows.
#include "core/schedule/schedule.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

// The seven due columns of plan_tasks, in the order due_from_row reads them.
inline constexpr const char* kDueColumns = "due_kind, due_date, due_every, due_day, due_month, due_days, due_text";
schedule::Due due_from_row(const store::Row& r, size_t first);

struct PlanFacts {
  int64_t id = 0;
  std::string province_code;
  schedule::PlanClock clock;
};
// 404 when the plan does not exist (callers check visibility first).
PlanFacts load_plan_facts(store::Connection& db, int64_t plan_id);

}  // namespace pcmt::app::plans
