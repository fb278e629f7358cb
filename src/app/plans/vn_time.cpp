#include "app/plans/vn_time.hpp"

#include "app/clock.hpp"
#include "app/error.hpp"

namespace pcmt::app::plans {

calendar::Date vn_date_of(int64_t epoch_seconds) {
  constexpr int64_t kVietnamOffset = 7 * 3600;
  const int64_t local = epoch_seconds + kVietnamOffset;
  const int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  return calendar::Date::from_serial(static_cast<int32_t>(days));
}

calendar::Date vn_today() { return vn_date_of(now_seconds()); }

calendar::Date parse_date_param(const std::string& iso, const std::string& field) {
  auto d = calendar::Date::parse(iso);
  if (!d) throw bad_request("request.invalid_date", "Ngày không hợp lệ (định dạng YYYY-MM-DD)", field);
  return *d;
}

calendar::Date as_of_or_today(const std::string& as_of, const std::string& field) {
  return as_of.empty() ? vn_today() : parse_date_param(as_of, field);
}

}  // namespace pcmt::app::plans
