#pragma once
// Legal dates are dates in Vietnam (UTC+7): "today", and the day an instant falls on.
#include <cstdint>
#include <optional>
#include <string>

#include "core/calendar/date.hpp"

namespace pcmt::app::plans {

calendar::Date vn_date_of(int64_t epoch_seconds);
calendar::Date vn_today();
// The date a read view is computed for: `as_of` (YYYY-MM-DD) when given, else today.
// Throws 400 request.invalid_date naming `field` on a malformed date.
calendar::Date as_of_or_today(const std::string& as_of, const std::string& field = "as_of");
// A required or optional ISO date parameter; throws 400 request.invalid_date naming `field`.
calendar::Date parse_date_param(const std::string& iso, const std::string& field);

}  // namespace pcmt::app::plans
