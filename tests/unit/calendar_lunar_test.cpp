// Vietnamese lunisolar calendar at UTC+7 (astronomical new moons and solar terms).
#include "core/calendar/lunar.hpp"

#include <gtest/gtest.h>

using namespace pcmt::calendar;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
}  // namespace

TEST(CalendarLunar, TetDatesOfTheVietnameseCalendar) {
  const std::pair<int, const char*> known[] = {
      {1985, "1985-01-21"}, {2007, "2007-02-17"}, {2020, "2020-01-25"}, {2021, "2021-02-12"},
      {2022, "2022-02-01"}, {2023, "2023-01-22"}, {2024, "2024-02-10"}, {2025, "2025-01-29"},
      {2026, "2026-02-17"}, {2027, "2027-02-06"},
  };
  for (auto [year, iso] : known) EXPECT_EQ(lunar_new_year(year).iso(), iso) << year;
}

TEST(CalendarLunar, Tet2030FallsOnTheEveOfTheChineseNewYear) {
  // The new moon of February 2030 is at about 16:07 UT on 2/2: 23:07 in Hà Nội, 00:07 on 3/2 in
  // Beijing. The Vietnamese month 1 therefore starts on 2/2/2030; 3/2/2030 is the Chinese date.
  EXPECT_EQ(lunar_new_year(2030).iso(), "2030-02-02");
  EXPECT_EQ(lunar_new_year(2030, 8.0).iso(), "2030-02-03");
}

TEST(CalendarLunar, Utc8GivesTheChineseDatesWhereTheyDiffer) {
  // 1985: the new moon of 20/2 fell just before midnight at UTC+7 and after it at UTC+8,
  // which moves the solar terms' months apart: VN Tết 21/1, CN New Year 20/2.
  EXPECT_EQ(lunar_new_year(1985, 8.0).iso(), "1985-02-20");
  EXPECT_EQ(lunar_new_year(2007, 8.0).iso(), "2007-02-18");
  EXPECT_EQ(lunar_new_year(1968).iso(), "1968-01-29");  // the year the North moved to UTC+7
  EXPECT_EQ(lunar_new_year(1968, 8.0).iso(), "1968-01-30");
  EXPECT_EQ(lunar_new_year(2024, 8.0).iso(), "2024-02-10");  // usually the same
}

TEST(CalendarLunar, SolarToLunar) {
  EXPECT_EQ(to_lunar(d("2024-02-10")), (LunarDate{2024, 1, 1, false}));
  EXPECT_EQ(to_lunar(d("2024-02-09")), (LunarDate{2023, 12, 30, false}));  // giao thừa 2024
  EXPECT_EQ(to_lunar(d("2024-09-17")), (LunarDate{2024, 8, 15, false}));  // Tết Trung thu
  EXPECT_EQ(to_lunar(d("2025-04-07")), (LunarDate{2025, 3, 10, false}));  // Giỗ Tổ 2025
  EXPECT_EQ(to_lunar(d("2026-01-01")), (LunarDate{2025, 11, 13, false}));  // months 11–12 belong to the old year
}

TEST(CalendarLunar, LeapMonths) {
  // 2023 had a leap 2nd month, 2025 a leap 6th month.
  EXPECT_EQ(to_lunar(d("2023-03-22")), (LunarDate{2023, 2, 1, true}));
  EXPECT_EQ(to_lunar(d("2023-02-20")), (LunarDate{2023, 2, 1, false}));
  EXPECT_EQ(to_lunar(d("2025-07-25")), (LunarDate{2025, 6, 1, true}));
  EXPECT_EQ(from_lunar({2025, 6, 1, true})->iso(), "2025-07-25");
  EXPECT_EQ(from_lunar({2025, 6, 1, false})->iso(), "2025-06-25");
  EXPECT_EQ(from_lunar({2025, 7, 1, false})->iso(), "2025-08-23");
  EXPECT_FALSE(from_lunar({2024, 6, 1, true}).has_value());  // 2024 has no leap month
  EXPECT_FALSE(from_lunar({2025, 5, 1, true}).has_value());  // 2025's leap month is the 6th
}

TEST(CalendarLunar, RejectsDaysAMonthDoesNotHave) {
  EXPECT_FALSE(from_lunar({2025, 13, 1, false}).has_value());
  EXPECT_FALSE(from_lunar({2025, 1, 0, false}).has_value());
  // Every lunar month has 29 or 30 days: exactly one of day 30 of consecutive months may be missing,
  // and a missing day 30 must not silently become day 1 of the next month.
  for (int m = 1; m <= 12; ++m) {
    auto day30 = from_lunar({2026, m, 30, false});
    if (day30) EXPECT_EQ(to_lunar(*day30), (LunarDate{2026, m, 30, false}));
  }
}

TEST(CalendarLunar, DayWhoseMeanLunationRunsAheadOfTheTrueNewMoon) {
  // On these days the mean lunation count points past the true new moon; the month must still
  // start on the previous new moon (no "day 0").
  EXPECT_EQ(to_lunar(d("2054-05-07")).day, 30);
  EXPECT_EQ(to_lunar(d("2062-04-09")).day, 30);
}

TEST(CalendarLunar, RoundTripsEveryDayOverTwoCenturies) {
  for (Date day = d("1900-01-31"); day < d("2100-01-01"); day = day.add_days(1)) {
    const LunarDate l = to_lunar(day);
    ASSERT_GE(l.day, 1);
    ASSERT_LE(l.day, 30);
    ASSERT_EQ(from_lunar(l), day) << day.iso();
  }
}
