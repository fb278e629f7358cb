#pragma once
// The JSON shapes of the plans API (docs/plans.md, "API").
#include <boost/json.hpp>

#include "app/plans/inbox.hpp"
#include "app/plans/plan_model.hpp"
#include "app/plans/plan_queries.hpp"
#include "app/plans/save_plan.hpp"
#include "app/plans/settings.hpp"
#include "app/plans/stats.hpp"

namespace pcmt::app::plans {

boost::json::object to_json(const PlanSummary& p);
boost::json::object to_json(const PlanDetail& d);
boost::json::object to_json(const TaskView& t);
boost::json::object to_json(const AgencyTask& t);
boost::json::object to_json(const InstanceView& i);
boost::json::object to_json(const ReportView& r);
boost::json::object to_json(const InstanceDetail& d);
boost::json::object to_json(const TrackingStats& s);
boost::json::object to_json(const Inbox& b);
boost::json::object to_json(const SavedPlan& s);
boost::json::object to_json(const PlanSettings& s);
boost::json::object due_json(const schedule::Due& d);

}  // namespace pcmt::app::plans
