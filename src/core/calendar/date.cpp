#include "core/calendar/date.hpp"

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace pcmt::calendar {
namespace chr = std::chrono;

namespace {

chr::year_month_day ymd_of(int32_t days) { return chr::year_month_day{chr::sys_days{chr::days{days}}}; }

int32_t serial_of(chr::year_month_day ymd) {
  return static_cast<int32_t>(chr::sys_days{ymd}.time_since_epoch().count());
}

chr::year_month_day checked_ymd(int y, int m, int d) {
  chr::year_month_day ymd{chr::year{y}, chr::month{static_cast<unsigned>(m)}, chr::day{static_cast<unsigned>(d)}};
  if (m < 1 || m > 12 || d < 1 || !ymd.ok()) throw std::invalid_argument("impossible date");
  return ymd;
}

}  // namespace

Date::Date(int year, int month, int day) : days_(serial_of(checked_ymd(year, month, day))) {}

std::optional<Date> Date::parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n) -> int {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  try {
    return Date(y, m, d);
  } catch (const std::invalid_argument&) {
    return std::nullopt;
  }
}

int Date::year() const { return static_cast<int>(ymd_of(days_).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(ymd_of(days_).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(ymd_of(days_).day())); }

Weekday Date::weekday() const {
  // iso_encoding: Monday = 1 … Sunday = 7.
  const unsigned iso = chr::weekday{chr::sys_days{chr::days{days_}}}.iso_encoding();
  return static_cast<Weekday>(iso - 1);
}

bool Date::is_weekend() const {
  const auto w = weekday();
  return w == Weekday::saturday || w == Weekday::sunday;
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year(), month(), day());
  return buf;
}

Date Date::add_months(int n) const {
  const auto ymd = ymd_of(days_);
  const chr::year_month target = chr::year_month{ymd.year(), ymd.month()} + chr::months{n};
  const chr::day last = chr::year_month_day_last{target.year(), chr::month_day_last{target.month()}}.day();
  const chr::day d = ymd.day() > last ? last : ymd.day();
  return Date(serial_of(chr::year_month_day{target.year(), target.month(), d}));
}

Date Date::last_day_of_month() const {
  const auto ymd = ymd_of(days_);
  return Date(serial_of(chr::year_month_day{chr::year_month_day_last{ymd.year(), chr::month_day_last{ymd.month()}}}));
}

bool is_leap_year(int year) { return chr::year{year}.is_leap(); }

int days_in_month(int year, int month) {
  return static_cast<int>(static_cast<unsigned>(
      chr::year_month_day_last{chr::year{year}, chr::month_day_last{chr::month{static_cast<unsigned>(month)}}}.day()));
}

int age_in_years(Date birth, Date on) {
  int age = on.year() - birth.year();
  if (birth.add_years(age) > on) --age;  // birthday not reached yet this year
  return age;
}

}  // namespace pcmt::calendar
