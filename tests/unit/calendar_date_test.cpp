// Civil date arithmetic. Month/year periods end "on the corresponding day" and, when the last
// month has no such day, on its last day (Civil Code 2015 Art. 148.3–148.4).
#include "core/calendar/date.hpp"
#include "core/calendar/display.hpp"

#include <gtest/gtest.h>

using pcmt::calendar::Date;
using pcmt::calendar::Weekday;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
}  // namespace

TEST(CalendarDate, ParsesAndFormatsIso) {
  EXPECT_EQ(d("2025-03-10").iso(), "2025-03-10");
  EXPECT_EQ(d("2025-03-10").year(), 2025);
  EXPECT_EQ(d("2025-03-10").month(), 3);
  EXPECT_EQ(d("2025-03-10").day(), 10);
  EXPECT_EQ(Date(1970, 1, 1).serial(), 0);
  EXPECT_EQ(d("2000-02-29").iso(), "2000-02-29");
}

TEST(CalendarDate, RejectsMalformedAndImpossibleDates) {
  for (const char* bad : {"", "2025-3-10", "2025/03/10", "2025-02-29", "2024-02-30", "2025-13-01", "2025-00-10",
                          "2025-04-31", "20250310", "2025-03-1x", " 2025-03-10", "1900-02-29"})
    EXPECT_FALSE(Date::parse(bad).has_value()) << bad;
  EXPECT_THROW(Date(2025, 2, 29), std::invalid_argument);
}

TEST(CalendarDate, Weekdays) {
  EXPECT_EQ(d("2025-03-10").weekday(), Weekday::monday);
  EXPECT_EQ(d("2024-02-10").weekday(), Weekday::saturday);
  EXPECT_TRUE(d("2024-02-10").is_weekend());
  EXPECT_TRUE(d("2024-02-11").is_weekend());
  EXPECT_FALSE(d("2024-02-12").is_weekend());
  EXPECT_EQ(d("1970-01-01").weekday(), Weekday::thursday);
}

TEST(CalendarDate, AddsDaysMonthsYearsWithEndOfMonthClamping) {
  EXPECT_EQ(d("2025-12-30").add_days(3).iso(), "2026-01-02");
  EXPECT_EQ(d("2025-03-01").add_days(-1).iso(), "2025-02-28");
  EXPECT_EQ(d("2025-01-31").add_months(1).iso(), "2025-02-28");
  EXPECT_EQ(d("2024-01-31").add_months(1).iso(), "2024-02-29");
  EXPECT_EQ(d("2025-08-31").add_months(-2).iso(), "2025-06-30");
  EXPECT_EQ(d("2025-03-10").add_months(12).iso(), "2026-03-10");
  EXPECT_EQ(d("2025-11-15").add_months(3).iso(), "2026-02-15");
  EXPECT_EQ(d("2024-02-29").add_years(1).iso(), "2025-02-28");
  EXPECT_EQ(d("2024-02-29").add_years(4).iso(), "2028-02-29");
  EXPECT_EQ(d("2025-02-10").last_day_of_month().iso(), "2025-02-28");
}

TEST(CalendarDate, ComparesAndCountsDays) {
  EXPECT_LT(d("2025-03-10"), d("2025-03-11"));
  EXPECT_EQ(d("2025-03-10").days_until(d("2026-03-10")), 365);
  EXPECT_EQ(d("2024-03-10").days_until(d("2025-03-10")), 365);
  EXPECT_EQ(d("2024-01-01").days_until(d("2025-01-01")), 366);
}

TEST(CalendarDate, AgeInFullYears) {
  using pcmt::calendar::age_in_years;
  EXPECT_EQ(age_in_years(d("2008-05-20"), d("2026-05-19")), 17);
  EXPECT_EQ(age_in_years(d("2008-05-20"), d("2026-05-20")), 18);
  EXPECT_EQ(age_in_years(d("2008-02-29"), d("2026-02-28")), 18);  // clamped birthday in a common year
  EXPECT_EQ(age_in_years(d("2008-02-29"), d("2026-02-27")), 17);
  EXPECT_EQ(age_in_years(d("2026-05-20"), d("2026-01-01")), -1);  // not born yet
}

TEST(CalendarDate, ShownDayFirstWithTwoDigits) {
  EXPECT_EQ(pcmt::calendar::dmy(d("2026-12-08")), "08/12/2026");
  EXPECT_EQ(pcmt::calendar::dmy(d("2025-06-30")), "30/06/2025");
}
