#pragma once
// Reading the requests of the plans API: the reviewed plan (the `pcmt plan parse` contract plus
// the user's choices), a due object, agency references, task and plan patches, a report.
// Wrong types answer 400 naming the field by its path ("tasks[3].due.day").
#include <boost/json.hpp>

#include "app/plans/plan_edit.hpp"
#include "app/plans/plan_model.hpp"
#include "app/plans/report_submit.hpp"
#include "app/plans/task_edit.hpp"

namespace pcmt::app::plans {

PlanInput plan_input_from_json(const boost::json::object& body);
// One task of a reviewed plan, or a task added to a saved plan; `field` prefixes its errors.
TaskInput task_from(const boost::json::object& t, const std::string& field);
schedule::Due due_from_json(const boost::json::value& v, const std::string& field);
TaskPatch task_patch_from_json(const boost::json::object& body);
PlanPatch plan_patch_from_json(const boost::json::object& body);
// Files come as {"name", "content_type", "content_base64"}; 400 report.file_invalid on bad base64.
ReportInput report_input_from_json(const boost::json::object& body);

}  // namespace pcmt::app::plans
