#include "app/clock.hpp"

#include "app/error.hpp"
#include "core/calendar/instant.hpp"

namespace pcmt::app {

calendar::Date vn_today() { return calendar::vn_date_of(now_seconds()); }

calendar::Date parse_date_param(const std::string& iso, const std::string& field) {
  auto d = calendar::Date::parse(iso);
  if (!d) throw bad_request("request.invalid_date", "Ngày không hợp lệ (định dạng YYYY-MM-DD)", field);
  return *d;
}

calendar::Date as_of_or_today(const std::string& as_of, const std::string& field) {
  return as_of.empty() ? vn_today() : parse_date_param(as_of, field);
}

}  // namespace pcmt::app
