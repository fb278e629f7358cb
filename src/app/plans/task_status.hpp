#pragma once
// A task's status, derived as of a date rather than stored, because "overdue" changes with it:
//   done         a lead agency's report saying "done" was accepted (or any agency's, when the
//                task names no lead)
//   overdue      not done, and an instance the task's agencies must file is past its due date
//                without a report (pending) or with a returned one: its open_due has passed
//   in_progress  everything else, including tasks that wait for a date
#include <string>

namespace pcmt::app::plans {

// SQL CASE over a task row aliased `t`, as of the date bound at placeholder `as_of` ("$3").
std::string task_status_sql(const std::string& t, const std::string& as_of);
// SQL condition: instance row `ri` is past due and unfiled as of `as_of`.
std::string instance_overdue_sql(const std::string& ri, const std::string& as_of);

}  // namespace pcmt::app::plans
