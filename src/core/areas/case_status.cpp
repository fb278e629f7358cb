#include "core/areas/case_status.hpp"

namespace pcmt::areas {

CaseStatusDateCheck check_case_status_date(calendar::Date date, calendar::Date case_date,
                                           std::optional<calendar::Date> previous, calendar::Date today) {
  if (date > today) return CaseStatusDateCheck::in_future;
  if (date < case_date) return CaseStatusDateCheck::before_case;
  if (previous && date < *previous) return CaseStatusDateCheck::before_previous;
  return CaseStatusDateCheck::ok;
}

calendar::Date default_first_status_date(std::string_view status, calendar::Date case_date, calendar::Date today) {
  return status == "investigating" ? case_date : today;
}

}  // namespace pcmt::areas
