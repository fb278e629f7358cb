#pragma once
// Report instances as agencies and the standing office look at them: due lists with filters,
// and one instance with its history of reports.
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

struct InstanceFilter {
  std::optional<int64_t> plan_id, task_id, agency_id;
  // pending | submitted | accepted | returned, or: open (pending or returned), overdue
  std::string status;
  std::string due_from, due_to;  // ISO dates, inclusive
  int page = 1, page_size = 50;
};

struct InstancePage {
  std::vector<InstanceView> items;
  int64_t total = 0;
};

// Ordered by due date. An agency sees its own instances (and all of a plan it owns).
InstancePage list_instances(store::Connection& db, const Actor& actor, const InstanceFilter& f, calendar::Date as_of);
// 404 when out of scope.
InstanceDetail get_instance(store::Connection& db, const Actor& actor, int64_t id, calendar::Date as_of);
// Instances matching `condition` (over `ri`, `p` the plan, `t` the task, `a` the agency) with
// params bound so far; `tail` orders and limits. The overdue flag is computed as of `as_of`.
// count_instances takes a condition over `ri` alone.
std::vector<InstanceView> query_instances(store::Connection& db, const std::string& condition, store::Params params,
                                          calendar::Date as_of, const std::string& tail = "");
int64_t count_instances(store::Connection& db, const std::string& condition, const store::Params& params);

// Reports (with file lists) of the given ids, in the given order.
std::vector<ReportView> load_reports(store::Connection& db, const std::string& condition, const store::Params& params);

}  // namespace pcmt::app::plans
