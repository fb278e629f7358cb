#pragma once
// The JSON of `pcmt plan parse` (docs/plan-parser.md, "Output"): fields that do not apply are left out.
#include <boost/json/value.hpp>

#include <string>

#include "core/plans/plan.hpp"

namespace pcmt::plans {

boost::json::value plan_to_json_value(const ParsedPlan& plan);
// One JSON object; `indent` > 0 lays it out over lines for people.
std::string plan_to_json(const ParsedPlan& plan, int indent = 0);

}  // namespace pcmt::plans
