#include "core/calendar/instant.hpp"

#include <cstdio>
#include <ctime>

namespace pcmt::calendar {

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

Date vn_date_of(int64_t epoch_seconds) {
  const int64_t local = epoch_seconds + kVietnamUtcOffsetSeconds;
  const int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  return Date::from_serial(static_cast<int32_t>(days));
}

int64_t vn_day_start_ms(Date day) { return (int64_t{day.serial()} * 86400 - kVietnamUtcOffsetSeconds) * 1000; }

}  // namespace pcmt::calendar
