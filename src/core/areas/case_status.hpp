#pragma once
// The date on which a drug case's status took effect (the decision to prosecute, the judgment): the
// rules of recording it, pure so they are tested case by case. A status may move either way (a case
// returned for further investigation goes back to `investigating`), so only the dates are ordered.
#include <optional>
#include <string_view>

#include "core/calendar/date.hpp"

namespace pcmt::areas {

enum class CaseStatusDateCheck { ok, in_future, before_case, before_previous };

// A status takes effect neither after today (Vietnam time), nor before the case was detected, nor
// before the case's current status took effect (`previous`; none when the case is being recorded).
CaseStatusDateCheck check_case_status_date(calendar::Date date, calendar::Date case_date,
                                           std::optional<calendar::Date> previous, calendar::Date today);

// The first status's date when the person recording the case gives none: a case under investigation
// is investigated from its detection, so the case date; a case recorded as already prosecuted or tried
// counts as resolved from today, the day it became known — never from an earlier, invented date.
calendar::Date default_first_status_date(std::string_view status, calendar::Date case_date, calendar::Date today);

}  // namespace pcmt::areas
