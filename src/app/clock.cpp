#include "app/clock.hpp"

#include <cstdio>
#include <ctime>

#include "app/error.hpp"

namespace pcmt::app {

std::string iso_utc(int64_t value, bool ms) {
  const time_t secs = static_cast<time_t>(ms ? value / 1000 : value);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[40];
  if (ms)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(value % 1000));
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

int64_t vn_day_start_ms(const std::string& iso_date, const std::string& field) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (iso_date.size() != 10 || std::sscanf(iso_date.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 ||
      m > 12 || d < 1 || d > 31)
    throw bad_request("request.invalid_date", "Ngày không hợp lệ (định dạng YYYY-MM-DD)", field);
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d;
  return (static_cast<int64_t>(timegm(&tm)) - 7 * 3600) * 1000;
}

}  // namespace pcmt::app
