// Public holidays: Labour Code 2019 Art. 112.1 (the 11 days), Art. 112.3 (yearly decision of Tết
// and the extra National Day, modelled), Art. 111.3 (substitute day when a holiday meets a weekend).
#include "core/calendar/holidays.hpp"

#include <gtest/gtest.h>

using namespace pcmt::calendar;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }

std::vector<std::string> isos(const std::vector<Holiday>& hs, HolidayKind kind) {
  std::vector<std::string> out;
  for (const auto& h : hs)
    if (h.kind == kind) out.push_back(h.date.iso());
  return out;
}
}  // namespace

TEST(CalendarHolidays, ElevenStatutoryDaysEveryYear_Art112_1) {
  for (int y = 2021; y <= 2040; ++y) EXPECT_EQ(statutory_holidays(y).size(), 11u) << y;
}

TEST(CalendarHolidays, TetIsTheLastDayOfTheLunarYearAndTheFirstFour_Art112_1b) {
  const auto h2024 = statutory_holidays(2024);
  EXPECT_EQ(isos(h2024, HolidayKind::lunar_new_year),
            (std::vector<std::string>{"2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13"}));
  EXPECT_EQ(isos(statutory_holidays(2026), HolidayKind::lunar_new_year),
            (std::vector<std::string>{"2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"}));
}

TEST(CalendarHolidays, HungKingsIsTenthOfThirdLunarMonth_Art112_1e) {
  EXPECT_EQ(isos(statutory_holidays(2024), HolidayKind::hung_kings), std::vector<std::string>{"2024-04-18"});
  EXPECT_EQ(isos(statutory_holidays(2025), HolidayKind::hung_kings), std::vector<std::string>{"2025-04-07"});
  EXPECT_EQ(isos(statutory_holidays(2026), HolidayKind::hung_kings), std::vector<std::string>{"2026-04-26"});
}

TEST(CalendarHolidays, ExtraNationalDayIsTheAdjacentWeekday_Art112_1dd) {
  // Matches the Prime Minister's decisions 2021–2025.
  EXPECT_EQ(isos(statutory_holidays(2021), HolidayKind::national_day), (std::vector<std::string>{"2021-09-02", "2021-09-03"}));
  EXPECT_EQ(isos(statutory_holidays(2022), HolidayKind::national_day), (std::vector<std::string>{"2022-09-01", "2022-09-02"}));
  EXPECT_EQ(isos(statutory_holidays(2023), HolidayKind::national_day), (std::vector<std::string>{"2023-09-01", "2023-09-02"}));
  EXPECT_EQ(isos(statutory_holidays(2024), HolidayKind::national_day), (std::vector<std::string>{"2024-09-02", "2024-09-03"}));
  EXPECT_EQ(isos(statutory_holidays(2025), HolidayKind::national_day), (std::vector<std::string>{"2025-09-01", "2025-09-02"}));
}

TEST(CalendarHolidays, WeekendHolidaysGiveSubstituteDays_Art111_3) {
  const auto& cal = HolidayCalendar::standard();
  // Tết 2024: Sat 10/2 and Sun 11/2 → Wed 14/2 and Thu 15/2.
  EXPECT_EQ(isos(cal.days_off(2024), HolidayKind::substitute), (std::vector<std::string>{"2024-02-14", "2024-02-15"}));
  // Giỗ Tổ 2026 on Sunday 26/4 → Monday 27/4.
  EXPECT_EQ(isos(cal.days_off(2026), HolidayKind::substitute), std::vector<std::string>{"2026-04-27"});
  // 2023: Tết Sun 22/1 → ... and 2/9 Sat → Mon 4/9; 1/1 Sun → Mon 2/1.
  const auto subs2023 = isos(cal.days_off(2023), HolidayKind::substitute);
  EXPECT_NE(std::find(subs2023.begin(), subs2023.end(), "2023-01-02"), subs2023.end());
  EXPECT_NE(std::find(subs2023.begin(), subs2023.end(), "2023-09-04"), subs2023.end());
}

TEST(CalendarHolidays, SubstituteSkipsOtherHolidays) {
  // Holidays on Sat 29/4 and Sun 30/4 and Mon 1/5: substitutes must land after 1/5.
  const std::vector<Holiday> hs = {{d("2023-04-29"), HolidayKind::hung_kings},
                                   {d("2023-04-30"), HolidayKind::victory_day},
                                   {d("2023-05-01"), HolidayKind::labour_day}};
  const auto subs = substitute_days(hs);
  ASSERT_EQ(subs.size(), 2u);
  EXPECT_EQ(subs[0].date.iso(), "2023-05-02");
  EXPECT_EQ(subs[1].date.iso(), "2023-05-03");
}

TEST(CalendarHolidays, DecidedDaysReplaceTheModel_Art112_3) {
  HolidayCalendar cal;
  // 2024 as decided: Tết 8/2–14/2 (with a swap), National Day 2/9–3/9.
  cal.set_decided_days(2024, {d("2024-02-08"), d("2024-02-09"), d("2024-02-12"), d("2024-02-13"), d("2024-02-14")},
                       {d("2024-09-02"), d("2024-09-03")});
  EXPECT_TRUE(cal.is_holiday(d("2024-02-08")));
  EXPECT_FALSE(cal.is_holiday(d("2024-02-15")));
  EXPECT_TRUE(HolidayCalendar::standard().is_holiday(d("2024-02-15")));  // the shared model is untouched
}

TEST(CalendarHolidays, NamesAndSources) {
  EXPECT_EQ(holiday_name_vi(HolidayKind::hung_kings), "Giỗ Tổ Hùng Vương");
  EXPECT_EQ(holiday_source(HolidayKind::substitute), "Bộ luật Lao động 2019 Điều 111.3");
}
