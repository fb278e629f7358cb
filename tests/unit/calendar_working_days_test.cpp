// "N working days after D" (ngày làm việc): weekends, holidays and substitute days do not count;
// the period starts the day after D (Civil Code 2015 Art. 147.1).
#include <gtest/gtest.h>

#include "core/calendar/holidays.hpp"

using namespace pcmt::calendar;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
const HolidayCalendar& cal() { return HolidayCalendar::standard(); }
}  // namespace

TEST(CalendarWorkingDays, SkipsWeekends) {
  EXPECT_EQ(cal().add_working_days(d("2025-03-10"), 3).iso(), "2025-03-13");  // Mon → Thu
  EXPECT_EQ(cal().add_working_days(d("2025-03-13"), 3).iso(), "2025-03-18");  // Thu → Tue
  EXPECT_EQ(cal().add_working_days(d("2025-03-15"), 1).iso(), "2025-03-17");  // Sat → Mon
  EXPECT_EQ(cal().add_working_days(d("2025-03-10"), 0).iso(), "2025-03-10");
}

TEST(CalendarWorkingDays, AcrossTet2024WithSubstituteDays) {
  // Thu 8/2 works; 9–13/2 Tết; 14–15/2 substitutes for Sat/Sun; Fri 16/2 works; Mon 19/2 works.
  EXPECT_EQ(cal().add_working_days(d("2024-02-07"), 1).iso(), "2024-02-08");
  EXPECT_EQ(cal().add_working_days(d("2024-02-07"), 2).iso(), "2024-02-16");
  EXPECT_EQ(cal().add_working_days(d("2024-02-07"), 3).iso(), "2024-02-19");
  EXPECT_EQ(cal().working_days_between(d("2024-02-07"), d("2024-02-19")), 3);
}

TEST(CalendarWorkingDays, AcrossTet2026) {
  // Tết 2026: Mon 16/2 – Fri 20/2; 5 working days after Thu 12/2 = Fri 13/2, 23, 24, 25, 26/2.
  EXPECT_EQ(cal().add_working_days(d("2026-02-12"), 5).iso(), "2026-02-26");
}

TEST(CalendarWorkingDays, AcrossHungKingsAndReunificationDays2026) {
  // Fri 24/4; Sun 26/4 Giỗ Tổ → substitute Mon 27/4; Thu 30/4, Fri 1/5 holidays.
  EXPECT_EQ(cal().add_working_days(d("2026-04-24"), 3).iso(), "2026-05-04");
}

TEST(CalendarWorkingDays, AcrossYearEnd) {
  // Wed 31/12/2025 → Thu 1/1/2026 holiday → Fri 2/1, Mon 5/1, Tue 6/1.
  EXPECT_EQ(cal().add_working_days(d("2025-12-31"), 3).iso(), "2026-01-06");
}

TEST(CalendarWorkingDays, NextWorkingDay_CivilCodeArt148_5) {
  EXPECT_EQ(cal().next_working_day_on_or_after(d("2024-02-10")).iso(), "2024-02-16");
  EXPECT_EQ(cal().next_working_day_on_or_after(d("2025-03-10")).iso(), "2025-03-10");
}
