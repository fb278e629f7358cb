// The yearly evaluation window and deadlines of QĐ 28/2025/QĐ-TTg Điều 7.
#include <gtest/gtest.h>

#include "areas_test_support.hpp"
#include "core/areas/evaluation_window.hpp"

using namespace pcmt::areas;
using namespace pcmt::areas::testing;
using namespace std::chrono;

namespace {
const EvaluationCalendar& cal() { return shipped_rules().calendar; }
}  // namespace

// Điều 7 khoản 1: "từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12 năm sau".
TEST(AreasWindow, WindowRunsFromFifteenthOfDecemberToFourteenth) {
  const auto w = evaluation_window(2026, cal());
  EXPECT_EQ(w.first_day, 2025y / December / 15d);
  EXPECT_EQ(w.last_day, 2026y / December / 14d);
  EXPECT_TRUE(w.contains(2025y / December / 15d));
  EXPECT_TRUE(w.contains(2026y / December / 14d));
  EXPECT_FALSE(w.contains(2025y / December / 14d));
  EXPECT_FALSE(w.contains(2026y / December / 15d));
}

TEST(AreasWindow, FourteenthAndFifteenthOfDecemberFallInDifferentYears) {
  EXPECT_EQ(evaluation_year_of(2025y / December / 14d, cal()), 2025);
  EXPECT_EQ(evaluation_year_of(2025y / December / 15d, cal()), 2026);
  EXPECT_EQ(evaluation_year_of(2025y / December / 31d, cal()), 2026);
  EXPECT_EQ(evaluation_year_of(2026y / January / 1d, cal()), 2026);
  EXPECT_EQ(evaluation_year_of(2026y / December / 14d, cal()), 2026);
}

// A window holds 29 February when the evaluation year is a leap year: 2028 (15/12/2027–14/12/2028)
// has 366 days; 2025's window (15/12/2024–14/12/2025) does not, although 2024 was a leap year.
TEST(AreasWindow, LeapYears) {
  EXPECT_EQ(evaluation_window(2028, cal()).days(), 366);
  EXPECT_TRUE(evaluation_window(2028, cal()).contains(2028y / February / 29d));
  EXPECT_EQ(evaluation_window(2027, cal()).days(), 365);
  EXPECT_EQ(evaluation_window(2025, cal()).days(), 365);
  EXPECT_EQ(evaluation_window(2024, cal()).days(), 366);
  EXPECT_EQ(evaluation_window(2100, cal()).days(), 365);  // 2100 is not a leap year
  EXPECT_EQ(evaluation_year_of(2028y / February / 29d, cal()), 2028);
}

// Every day of three years, leap year included, lies in exactly the window of its year.
TEST(AreasWindow, EveryDayBelongsToTheWindowOfItsYear) {
  for (sys_days d = sys_days{2026y / December / 1d}; d <= sys_days{2029y / January / 31d}; d += days{1}) {
    const int y = evaluation_year_of(year_month_day{d}, cal());
    EXPECT_TRUE(evaluation_window(y, cal()).contains(year_month_day{d})) << to_iso(year_month_day{d});
    EXPECT_FALSE(evaluation_window(y + 1, cal()).contains(year_month_day{d}));
    EXPECT_FALSE(evaluation_window(y - 1, cal()).contains(year_month_day{d}));
  }
}

// Điều 7 khoản 2 and 3: report to Bộ Công an before 20/12, approval before 30/12.
TEST(AreasWindow, Deadlines) {
  EXPECT_EQ(report_due_before(2025, cal()), 2025y / December / 20d);
  EXPECT_EQ(approval_due_before(2025, cal()), 2025y / December / 30d);
  EXPECT_LT(evaluation_window(2025, cal()).last_day, report_due_before(2025, cal()));
}

TEST(AreasWindow, TheYearOfToday) {
  const auto book = pcmt::rules::RuleBook::embedded();
  EXPECT_EQ(evaluation_year_on(book, 2026y / November / 24d), 2026);
  EXPECT_EQ(evaluation_year_on(book, 2026y / December / 15d), 2027);
  EXPECT_THROW(evaluation_year_on(book, 2025y / January / 1d), std::out_of_range);  // before QĐ 28/2025
}

TEST(AreasWindow, IsoFormat) { EXPECT_EQ(to_iso(2028y / February / 9d), "2028-02-09"); }
