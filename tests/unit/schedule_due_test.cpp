// The due object of the plan contract: kinds, cycles and what makes one unusable.
#include "core/schedule/due.hpp"

#include <gtest/gtest.h>

using namespace pcmt::schedule;
using pcmt::calendar::Date;

namespace {
Due due_of(DueKind k) {
  Due d;
  d.kind = k;
  return d;
}
}  // namespace

TEST(ScheduleDue, KindsRoundTrip) {
  for (const char* k : {"date", "month", "quarter", "year", "relative", "recurring", "continuous", "conditional", "none"}) {
    auto kind = parse_due_kind(k);
    ASSERT_TRUE(kind) << k;
    EXPECT_EQ(to_string(*kind), k);
  }
  EXPECT_FALSE(parse_due_kind("weekly"));
  EXPECT_FALSE(parse_due_kind("Date"));
  for (const char* e : {"year", "half_year", "quarter", "month"}) EXPECT_EQ(to_string(*parse_every(e)), e);
  EXPECT_FALSE(parse_every("week"));
}

TEST(ScheduleDue, OneOffKindsNeedTheirDate) {
  for (auto k : {DueKind::date, DueKind::month, DueKind::quarter, DueKind::year}) {
    Due due = due_of(k);
    auto p = check(due);
    ASSERT_TRUE(p) << to_string(k);
    EXPECT_EQ(p->field, "date");
    due.date = Date(2025, 12, 31);
    EXPECT_FALSE(check(due)) << to_string(k);
  }
}

TEST(ScheduleDue, RelativeNeedsDaysOrADate) {
  Due due = due_of(DueKind::relative);
  EXPECT_EQ(check(due)->field, "days");
  due.days = 0;
  EXPECT_EQ(check(due)->field, "days");
  due.days = 10;
  EXPECT_FALSE(check(due));
  due.days.reset();
  due.date = Date(2025, 8, 1);
  EXPECT_FALSE(check(due));
}

TEST(ScheduleDue, RecurringNeedsSaneDayMonth) {
  // "Định kỳ" alone names no period: the plan's reporting cycle applies (schedule_for).
  Due due = due_of(DueKind::recurring);
  EXPECT_FALSE(check(due));
  due.every = Every::year;
  EXPECT_FALSE(check(due));
  due.day = 32;
  EXPECT_EQ(check(due)->field, "day");
  due.day = 15;
  due.month = 13;
  EXPECT_EQ(check(due)->field, "month");
  due.month = 12;
  EXPECT_FALSE(check(due));
}

TEST(ScheduleDue, OpenEndedKindsNeedNothing) {
  for (auto k : {DueKind::continuous, DueKind::conditional, DueKind::none}) EXPECT_FALSE(check(due_of(k)));
}

TEST(ScheduleDue, ProblemsSpeakVietnamese) {
  auto p = check(due_of(DueKind::relative));
  ASSERT_TRUE(p);
  EXPECT_NE(p->message.find("số ngày"), std::string::npos);
}
