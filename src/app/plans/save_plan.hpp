#pragma once
// Saving a reviewed plan: the plan, its targets and tasks, who does each task, and every report
// instance the schedule owes, with the audit row, in one transaction. Any bad part refuses all.
#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

// How far ahead a plan may be tracked: the national programmes run to 2030 from plans of 2025.
constexpr int kMaxHorizonYears = 10;
constexpr size_t kMaxTasks = 3000;
constexpr size_t kMaxTextBytes = 20'000;
constexpr size_t kMaxSourceTextBytes = 8u << 20;

struct SavedPlan {
  int64_t id = 0;
  int64_t tasks = 0, instances = 0;
  std::vector<AgencyName> created_agencies;
};

// Roles: admin and standing_office save any plan of their province; an agency or commune saves
// its own implementing plan (owner defaults to itself). 400 plan.* on bad input (field named),
// 409 plan.duplicate when the province already has a plan with that number and date.
SavedPlan save_plan(store::Connection& db, const Actor& actor, const PlanInput& in);

}  // namespace pcmt::app::plans
