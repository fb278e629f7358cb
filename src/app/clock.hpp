#pragma once
// The clock: now as epoch seconds or milliseconds (stored UTC), and today in Vietnam (the day legal
// dates, deadlines and age bands are counted in). Date parameters of requests are read here too,
// since a view "as of" a day defaults to today. Pure date and instant arithmetic is in core/calendar.
#include <chrono>
#include <cstdint>
#include <string>

#include "core/calendar/date.hpp"

namespace pcmt::app {

inline int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}
inline int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}
// Today in Vietnam (UTC+7).
calendar::Date vn_today();

// A date parameter (YYYY-MM-DD); throws 400 request.invalid_date naming `field` on anything else.
calendar::Date parse_date_param(const std::string& iso, const std::string& field);
// The date a read view is computed for: `as_of` when given, else today.
calendar::Date as_of_or_today(const std::string& as_of, const std::string& field = "as_of");

}  // namespace pcmt::app
