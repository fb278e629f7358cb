#pragma once
// The Vietnamese lunisolar calendar (âm lịch), computed astronomically at UTC+7:
// - a month starts on the day (local time) of a new moon;
// - month 11 is the month that contains the winter solstice (sun at 270°);
// - a year with 13 months between two months 11 has a leap month: the first month after
//   month 11 that contains no major solar term (the sun stays in one 30° sector), which takes
//   the number of the month before it.
// This is the rule of the official Vietnamese calendar since 1968 and gives, for example,
// Tết 1985 on 21/1/1985 while the Chinese calendar (UTC+8) has it on 20/2/1985.
#include <optional>

#include "core/calendar/date.hpp"

namespace pcmt::calendar {

inline constexpr double kVietnamUtcOffsetHours = 7.0;

struct LunarDate {
  int year = 0;   // lunar year, numbered as the solar year in which its month 1 starts
  int month = 1;  // 1..12
  int day = 1;    // 1..30
  bool leap_month = false;
  bool operator==(const LunarDate&) const = default;
};

LunarDate to_lunar(Date solar, double utc_offset_hours = kVietnamUtcOffsetHours);

// The solar date of a lunar date; std::nullopt when it does not exist (a leap month that year
// does not have, or day 30 of a 29-day month).
std::optional<Date> from_lunar(const LunarDate& lunar, double utc_offset_hours = kVietnamUtcOffsetHours);

// First day of lunar year `year` (mùng 1 Tết).
Date lunar_new_year(int year, double utc_offset_hours = kVietnamUtcOffsetHours);

}  // namespace pcmt::calendar
