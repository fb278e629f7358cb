// Reporting periods: keys, Vietnamese labels, and the default due day of a periodic report
// (the day after figures close on the 14th, Nghị định 09/2019/NĐ-CP Art. 12).
#include "core/schedule/period.hpp"

#include <gtest/gtest.h>

using namespace pcmt::schedule;
using pcmt::calendar::Date;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
}  // namespace

TEST(SchedulePeriod, LabelsAreTheOnesPlansWrite) {
  EXPECT_EQ(Period::containing(d("2026-03-01"), Every::half_year).label(), "6 tháng đầu năm 2026");
  EXPECT_EQ(Period::containing(d("2026-07-01"), Every::half_year).label(), "6 tháng cuối năm 2026");
  EXPECT_EQ(Period::containing(d("2026-03-01"), Every::year).label(), "Năm 2026");
  EXPECT_EQ(Period::containing(d("2025-10-01"), Every::quarter).label(), "Quý IV/2025");
  EXPECT_EQ(Period::containing(d("2025-09-30"), Every::quarter).label(), "Quý III/2025");
  EXPECT_EQ(Period::containing(d("2025-11-05"), Every::month).label(), "Tháng 11/2025");
}

TEST(SchedulePeriod, KeysAreStableAndSortable) {
  EXPECT_EQ(Period::containing(d("2026-03-01"), Every::half_year).key(), "2026-H1");
  EXPECT_EQ(Period::containing(d("2026-03-01"), Every::year).key(), "2026");
  EXPECT_EQ(Period::containing(d("2025-10-01"), Every::quarter).key(), "2025-Q4");
  EXPECT_EQ(Period::containing(d("2025-02-05"), Every::month).key(), "2025-02");
}

TEST(SchedulePeriod, NextRollsOverTheYear) {
  EXPECT_EQ(Period::containing(d("2025-12-01"), Every::month).next().key(), "2026-01");
  EXPECT_EQ(Period::containing(d("2025-12-01"), Every::quarter).next().key(), "2026-Q1");
  EXPECT_EQ(Period::containing(d("2025-12-01"), Every::half_year).next().key(), "2026-H1");
  EXPECT_EQ(Period::containing(d("2025-12-01"), Every::year).next().key(), "2026");
  EXPECT_EQ(Period::containing(d("2025-05-01"), Every::half_year).next().key(), "2025-H2");
}

TEST(SchedulePeriod, BoundsOfAPeriod) {
  auto q = Period::containing(d("2025-05-20"), Every::quarter);
  EXPECT_EQ(q.first_day().iso(), "2025-04-01");
  EXPECT_EQ(q.last_day().iso(), "2025-06-30");
  auto h = Period::containing(d("2024-08-01"), Every::half_year);
  EXPECT_EQ(h.first_day().iso(), "2024-07-01");
  EXPECT_EQ(h.last_day().iso(), "2024-12-31");
}

TEST(SchedulePeriod, DefaultDueDayIsTheFifteenthOfThePeriodsLastMonth) {
  EXPECT_EQ(kDefaultDueDay, 15);
  Recurrence none{};
  EXPECT_EQ(Period::containing(d("2026-02-01"), Every::half_year).due_date(none).iso(), "2026-06-15");
  EXPECT_EQ(Period::containing(d("2026-08-01"), Every::half_year).due_date(none).iso(), "2026-12-15");
  EXPECT_EQ(Period::containing(d("2026-08-01"), Every::quarter).due_date(none).iso(), "2026-09-15");
  EXPECT_EQ(Period::containing(d("2026-08-01"), Every::month).due_date(none).iso(), "2026-08-15");
  EXPECT_EQ(Period::containing(d("2026-08-01"), Every::year).due_date(none).iso(), "2026-12-15");
}

TEST(SchedulePeriod, StatedDayAndMonthWin) {
  // "trước ngày 15 tháng 12 hằng năm" and "trước ngày 20 hằng tháng"
  EXPECT_EQ(Period::containing(d("2026-01-01"), Every::year).due_date({Every::year, 30, 11}).iso(), "2026-11-30");
  EXPECT_EQ(Period::containing(d("2026-03-01"), Every::month).due_date({Every::month, 20, std::nullopt}).iso(),
            "2026-03-20");
  // A month only shapes a yearly series.
  EXPECT_EQ(Period::containing(d("2026-03-01"), Every::quarter).due_date({Every::quarter, 10, 1}).iso(), "2026-03-10");
}

TEST(SchedulePeriod, DayBeyondTheMonthEndIsItsLastDay) {
  EXPECT_EQ(Period::containing(d("2026-02-01"), Every::month).due_date({Every::month, 31, std::nullopt}).iso(),
            "2026-02-28");
  EXPECT_EQ(Period::containing(d("2024-02-01"), Every::month).due_date({Every::month, 30, std::nullopt}).iso(),
            "2024-02-29");
  EXPECT_EQ(Period::containing(d("2026-04-01"), Every::half_year).due_date({Every::half_year, 31, std::nullopt}).iso(),
            "2026-06-30");
}

TEST(SchedulePeriod, VietnameseDateWriting) {
  EXPECT_EQ(vn_date(d("2025-07-30")), "30/7/2025");
  EXPECT_EQ(vn_date(d("2025-12-01")), "1/12/2025");
  EXPECT_EQ(roman_quarter(3), "III");
}
