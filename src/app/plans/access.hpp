#pragma once
// Who sees and who may change what in the plans module. Visibility is a SQL clause added to every
// query, so an out-of-scope id is simply not found (404).
//   admin            every province
//   standing_office, leader, auditor   their province
//   agency           plans that assign it work or that it owns; only its own tasks, instances, reports
//   commune          plans it owns, and the provincial plans of its province (public documents)
#include <optional>
#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

// Clause over a plan row aliased `p`; appends its parameters.
std::string plan_visible(const Actor& actor, store::Params& params, const std::string& p = "p");
// Clause over a task row aliased `t` of a visible plan: an agency sees only its own tasks,
// except in a plan it owns.
std::string task_visible(const Actor& actor, store::Params& params, const std::string& t = "t");
// Clause over a report instance aliased `ri`.
std::string instance_visible(const Actor& actor, store::Params& params, const std::string& ri = "ri");

// The agency id of an agency-scoped actor, or nothing.
std::optional<int64_t> actor_agency(const Actor& actor);

struct PlanOwnership {
  std::string province_code;
  std::optional<int64_t> owner_agency_id;
  std::optional<std::string> owner_commune_code;
};
// The plan (visible to the actor) or 404.
PlanOwnership visible_plan(store::Connection& db, const Actor& actor, int64_t plan_id);

// The plan of a task the actor sees (its plan visible, and for an agency the task its own), or 404.
struct TaskPlan {
  int64_t plan_id = 0;
  PlanOwnership plan;
};
TaskPlan visible_task(store::Connection& db, const Actor& actor, int64_t task_id);

// Edits tasks, links plans, reviews reports: the province's standing office (and admin) for any
// plan of the province; an agency or commune for the implementing plan it owns.
bool can_manage(const Actor& actor, const PlanOwnership& plan);
// Sees tracking figures and exports: province-level roles, and owners of their own plans.
bool can_oversee(const Actor& actor, const PlanOwnership& plan);

// Throws 403 unless can_manage / can_oversee.
void require_manage(const Actor& actor, const PlanOwnership& plan);
void require_oversee(const Actor& actor, const PlanOwnership& plan);

}  // namespace pcmt::app::plans
