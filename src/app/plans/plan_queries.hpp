#pragma once
// Reading plans: the list of a province's plans and one plan with its targets, tasks (with their
// agencies, derived status and instance counts), the plan it implements and its implementing plans.
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

struct PlanFilter {
  std::string q;                         // words of the number or title, diacritics optional
  std::optional<int64_t> parent_plan_id; // the implementing plans of one plan
  int page = 1, page_size = 50;
};

struct PlanPage {
  std::vector<PlanSummary> items;
  int64_t total = 0;
};

// Newest plan first. Task counts cover the tasks the actor sees.
PlanPage list_plans(store::Connection& db, const Actor& actor, const PlanFilter& f, calendar::Date as_of);
// 404 when the plan is out of the actor's scope. An agency sees only its own tasks.
PlanDetail get_plan(store::Connection& db, const Actor& actor, int64_t id, calendar::Date as_of, bool with_source);

// One task with its agencies and derived status; 404 when out of scope.
TaskView get_task(store::Connection& db, const Actor& actor, int64_t task_id, calendar::Date as_of);

// The tasks assigned to the actor's agency across every plan (403 for an actor without an agency
// scope), newest plan first, with the agency's role in each.
struct AgencyTask {
  TaskView task;
  std::string plan_number, plan_title, role;
};
struct AgencyTaskPage {
  std::vector<AgencyTask> items;
  int64_t total = 0;
};
AgencyTaskPage list_agency_tasks(store::Connection& db, const Actor& actor, calendar::Date as_of, int page,
                                 int page_size);

}  // namespace pcmt::app::plans
