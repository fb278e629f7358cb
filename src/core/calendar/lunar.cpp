#include "core/calendar/lunar.hpp"

#include <cmath>

#include "core/calendar/astronomy.hpp"

namespace pcmt::calendar {
namespace {

using astro::julian_day_number;
using astro::new_moon_day;
using astro::sun_longitude_sector;

constexpr double kSynodicMonth = 29.530588853;      // mean synodic month, days
constexpr double kLunationZero = 2415021.076998695;  // JD of the mean new moon of lunation 0 (1900-01-01)
constexpr int kWinterSolsticeSector = 9;             // sun in [270°, 300°)

int64_t floor_to_int(double x) { return static_cast<int64_t>(std::floor(x)); }

// First day (JDN) of month 11 of solar year `year`: the lunar month containing its winter solstice.
int64_t month11_start(int year, double tz) {
  const int64_t dec31 = julian_day_number(Date(year, 12, 31));
  const int64_t k = floor_to_int((static_cast<double>(dec31) - 2415021.0) / kSynodicMonth);
  const int64_t new_moon = new_moon_day(k, tz);
  // If the sun already passed 270° at that new moon, the solstice lies in the previous month.
  return sun_longitude_sector(new_moon, tz) >= kWinterSolsticeSector ? new_moon_day(k - 1, tz) : new_moon;
}

// In a 13-month year starting at month 11 (day a11), the offset (1..12) of the leap month:
// the first month whose start and next start see the sun in the same 30° sector, i.e. a month
// without a major solar term.
int leap_month_offset(int64_t a11, double tz) {
  const int64_t k = floor_to_int((static_cast<double>(a11) - kLunationZero) / kSynodicMonth + 0.5);
  int offset = 1;
  int sector = sun_longitude_sector(new_moon_day(k + offset, tz), tz);
  int previous = -1;
  do {
    previous = sector;
    ++offset;
    sector = sun_longitude_sector(new_moon_day(k + offset, tz), tz);
  } while (sector != previous && offset < 14);
  return offset - 1;
}

bool has_leap_month(int64_t a11, int64_t next_a11) { return next_a11 - a11 > 365; }

}  // namespace

LunarDate to_lunar(Date solar, double tz) {
  const int64_t jdn = julian_day_number(solar);
  const int64_t k = floor_to_int((static_cast<double>(jdn) - kLunationZero) / kSynodicMonth);
  // The mean lunation k only approximates the true one: step back to the last new moon on or before the day.
  int64_t lunation = k + 1;
  int64_t month_start = new_moon_day(lunation, tz);
  while (month_start > jdn) month_start = new_moon_day(--lunation, tz);

  const int y = solar.year();
  int64_t a11 = month11_start(y, tz);
  int64_t b11 = a11;
  LunarDate out;
  if (a11 >= month_start) {  // before this year's month 11: the lunar year began in y
    out.year = y;
    a11 = month11_start(y - 1, tz);
  } else {
    out.year = y + 1;
    b11 = month11_start(y + 1, tz);
  }
  out.day = static_cast<int>(jdn - month_start + 1);
  const int months_after_11 = static_cast<int>((month_start - a11) / 29);
  out.month = months_after_11 + 11;
  if (has_leap_month(a11, b11)) {
    const int leap_offset = leap_month_offset(a11, tz);
    if (months_after_11 >= leap_offset) {
      out.month = months_after_11 + 10;
      out.leap_month = months_after_11 == leap_offset;
    }
  }
  if (out.month > 12) out.month -= 12;
  if (out.month >= 11 && months_after_11 < 4) out.year -= 1;  // months 11 and 12 belong to the old year
  return out;
}

std::optional<Date> from_lunar(const LunarDate& lunar, double tz) {
  if (lunar.month < 1 || lunar.month > 12 || lunar.day < 1 || lunar.day > 30) return std::nullopt;
  const bool before_11 = lunar.month < 11;
  const int64_t a11 = month11_start(before_11 ? lunar.year - 1 : lunar.year, tz);
  const int64_t b11 = month11_start(before_11 ? lunar.year : lunar.year + 1, tz);
  const int64_t k = floor_to_int(0.5 + (static_cast<double>(a11) - kLunationZero) / kSynodicMonth);
  int offset = (lunar.month - 11 + 12) % 12;
  if (has_leap_month(a11, b11)) {
    const int leap_offset = leap_month_offset(a11, tz);
    const int leap_month_number = (leap_offset - 2 + 12) % 12;
    if (lunar.leap_month && lunar.month != leap_month_number) return std::nullopt;
    if (lunar.leap_month || offset >= leap_offset) ++offset;
  } else if (lunar.leap_month) {
    return std::nullopt;
  }
  const Date solar = astro::from_julian_day_number(new_moon_day(k + offset, tz) + lunar.day - 1);
  if (to_lunar(solar, tz) != lunar) return std::nullopt;  // day 30 of a 29-day month
  return solar;
}

Date lunar_new_year(int year, double tz) { return *from_lunar(LunarDate{year, 1, 1, false}, tz); }

}  // namespace pcmt::calendar
