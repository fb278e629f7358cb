// The dates of a drug case's status (the history behind "share of cases resolved").
#include <gtest/gtest.h>

#include "core/areas/case_status.hpp"

using namespace pcmt;
using pcmt::areas::CaseStatusDateCheck;
using pcmt::areas::check_case_status_date;
using pcmt::areas::default_first_status_date;

namespace {
calendar::Date d(const char* iso) { return *calendar::Date::parse(iso); }
const calendar::Date kToday = d("2026-12-05");
const calendar::Date kCase = d("2026-03-10");
}  // namespace

TEST(AreasCaseStatus, ADateBetweenTheCaseAndTodayIsAccepted) {
  EXPECT_EQ(check_case_status_date(d("2026-06-01"), kCase, d("2026-03-10"), kToday), CaseStatusDateCheck::ok);
  // The edges: the case's own day, the previous change's day, today.
  EXPECT_EQ(check_case_status_date(kCase, kCase, std::nullopt, kToday), CaseStatusDateCheck::ok);
  EXPECT_EQ(check_case_status_date(d("2026-06-01"), kCase, d("2026-06-01"), kToday), CaseStatusDateCheck::ok);
  EXPECT_EQ(check_case_status_date(kToday, kCase, d("2026-06-01"), kToday), CaseStatusDateCheck::ok);
}

TEST(AreasCaseStatus, ADateAfterTodayIsRefused) {
  EXPECT_EQ(check_case_status_date(d("2026-12-06"), kCase, std::nullopt, kToday), CaseStatusDateCheck::in_future);
}

TEST(AreasCaseStatus, ADateBeforeTheCaseIsRefused) {
  EXPECT_EQ(check_case_status_date(d("2026-03-09"), kCase, std::nullopt, kToday), CaseStatusDateCheck::before_case);
}

TEST(AreasCaseStatus, ADateBeforeThePreviousChangeIsRefused) {
  EXPECT_EQ(check_case_status_date(d("2026-05-31"), kCase, d("2026-06-01"), kToday),
            CaseStatusDateCheck::before_previous);
}

TEST(AreasCaseStatus, AFirstStatusWithoutDateIsTheCaseDateUnderInvestigationAndTodayOnceResolved) {
  EXPECT_EQ(default_first_status_date("investigating", kCase, kToday), kCase);
  EXPECT_EQ(default_first_status_date("prosecuted", kCase, kToday), kToday);
  EXPECT_EQ(default_first_status_date("tried", kCase, kToday), kToday);
}
