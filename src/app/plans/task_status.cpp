#include "app/plans/task_status.hpp"

namespace pcmt::app::plans {

std::string instance_overdue_sql(const std::string& ri, const std::string& as_of) {
  return "(" + ri + ".required = 1 AND " + ri + ".status IN ('pending', 'returned') AND " + ri + ".due_date < " + as_of +
         ")";
}

std::string task_status_sql(const std::string& t, const std::string& as_of) {
  return "CASE WHEN " + t + ".done_on IS NOT NULL THEN 'done' WHEN " + t + ".open_due < " + as_of +
         " THEN 'overdue' ELSE 'in_progress' END";
}

}  // namespace pcmt::app::plans
