// From a task's deadline to its report instances: one-off kinds give one
// instance, recurring ones a series up to the last tracked year, continuous ones the plan's
// reporting cycle, conditional / none an explicit state with no instance.
#include "core/schedule/schedule.hpp"

#include <gtest/gtest.h>

using namespace pcmt::schedule;
using pcmt::calendar::Date;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

// Nghệ An's plan 594/KH-UBND of 21/7/2025, tracked to 2030, reporting every six months.
PlanClock plan594() { return {d("2025-07-21"), {Every::half_year, std::nullopt, std::nullopt}, 2030}; }

Due due(DueKind k) {
  Due x;
  x.kind = k;
  return x;
}

std::vector<std::string> keys(const Schedule& s) {
  std::vector<std::string> out;
  for (const auto& i : s.instances) out.push_back(i.period_key);
  return out;
}

}  // namespace

TEST(ScheduleSeries, ADateIsOneInstance) {
  auto x = due(DueKind::date);
  x.date = d("2025-07-30");
  auto s = schedule_for(x, plan594());
  EXPECT_EQ(s.state, DueState::scheduled);
  ASSERT_EQ(s.instances.size(), 1u);
  EXPECT_EQ(s.instances[0].period_key, "once");
  EXPECT_EQ(s.instances[0].label, "Hạn 30/7/2025");
  EXPECT_EQ(s.instances[0].due_date.iso(), "2025-07-30");
}

TEST(ScheduleSeries, MonthQuarterAndYearAreLabelledAsPeriods) {
  auto m = due(DueKind::month);
  m.date = d("2025-11-30");
  EXPECT_EQ(schedule_for(m, plan594()).instances.at(0).label, "Tháng 11/2025");
  auto q = due(DueKind::quarter);
  q.date = d("2025-12-31");
  EXPECT_EQ(schedule_for(q, plan594()).instances.at(0).label, "Quý IV/2025");
  auto y = due(DueKind::year);
  y.date = d("2030-12-31");
  auto s = schedule_for(y, plan594());
  ASSERT_EQ(s.instances.size(), 1u);
  EXPECT_EQ(s.instances[0].label, "Năm 2030");
  EXPECT_EQ(s.instances[0].due_date.iso(), "2030-12-31");
}

TEST(ScheduleSeries, RelativeCountsFromThePlanDate) {
  auto r = due(DueKind::relative);
  r.days = 10;
  auto s = schedule_for(r, plan594());
  ASSERT_EQ(s.instances.size(), 1u);
  EXPECT_EQ(s.instances[0].due_date.iso(), "2025-07-31");
  EXPECT_EQ(s.instances[0].label, "Hạn 31/7/2025");
  r.date = d("2025-08-05");  // a date set by the user wins over the count
  EXPECT_EQ(schedule_for(r, plan594()).instances.at(0).due_date.iso(), "2025-08-05");
}

TEST(ScheduleSeries, YearlyOnAStatedDay) {
  // "trước ngày 15 tháng 12 hằng năm"
  auto r = due(DueKind::recurring);
  r.every = Every::year;
  r.day = 15;
  r.month = 12;
  auto s = schedule_for(r, plan594());
  EXPECT_EQ(keys(s), (std::vector<std::string>{"2025", "2026", "2027", "2028", "2029", "2030"}));
  EXPECT_EQ(s.instances.front().label, "Năm 2025");
  EXPECT_EQ(s.instances.front().due_date.iso(), "2025-12-15");
  EXPECT_EQ(s.instances.back().due_date.iso(), "2030-12-15");
}

TEST(ScheduleSeries, YearlyWhoseDayPassedBeforeThePlanStartsNextYear) {
  // "trước ngày 30/6 hằng năm" in a plan of 21/7/2025: nothing is owed for 2025.
  auto r = due(DueKind::recurring);
  r.every = Every::year;
  r.day = 30;
  r.month = 6;
  auto s = schedule_for(r, plan594());
  ASSERT_FALSE(s.instances.empty());
  EXPECT_EQ(s.instances.front().due_date.iso(), "2026-06-30");
  EXPECT_EQ(s.instances.size(), 5u);
}

TEST(ScheduleSeries, HalfYearlyUpToTheHorizon) {
  auto r = due(DueKind::recurring);
  r.every = Every::half_year;
  auto s = schedule_for(r, plan594());
  ASSERT_EQ(s.instances.size(), 11u);  // H2/2025 .. H2/2030
  EXPECT_EQ(s.instances[0].label, "6 tháng cuối năm 2025");
  EXPECT_EQ(s.instances[0].due_date.iso(), "2025-12-15");
  EXPECT_EQ(s.instances[1].label, "6 tháng đầu năm 2026");
  EXPECT_EQ(s.instances[1].due_date.iso(), "2026-06-15");
  EXPECT_EQ(s.instances.back().period_key, "2030-H2");
}

TEST(ScheduleSeries, QuarterlyIncludesTheCurrentQuarterWhenItsReportIsStillAhead) {
  auto r = due(DueKind::recurring);
  r.every = Every::quarter;
  PlanClock p = plan594();
  p.horizon_year = 2025;
  auto s = schedule_for(r, p);
  EXPECT_EQ(keys(s), (std::vector<std::string>{"2025-Q3", "2025-Q4"}));
  EXPECT_EQ(s.instances[0].label, "Quý III/2025");
  EXPECT_EQ(s.instances[0].due_date.iso(), "2025-09-15");
}

TEST(ScheduleSeries, MonthlyOnTheTwentieth) {
  // "trước ngày 20 hằng tháng" in a plan of 21/7/2025: July's report was due before the plan.
  auto r = due(DueKind::recurring);
  r.every = Every::month;
  r.day = 20;
  PlanClock p = plan594();
  p.horizon_year = 2025;
  auto s = schedule_for(r, p);
  EXPECT_EQ(keys(s), (std::vector<std::string>{"2025-08", "2025-09", "2025-10", "2025-11", "2025-12"}));
  EXPECT_EQ(s.instances[0].label, "Tháng 8/2025");
  EXPECT_EQ(s.instances[0].due_date.iso(), "2025-08-20");
}

TEST(ScheduleSeries, AReportDueOnThePlansOwnDateIsNotOwed) {
  auto r = due(DueKind::recurring);
  r.every = Every::month;
  r.day = 21;
  PlanClock p = plan594();
  p.horizon_year = 2025;
  EXPECT_EQ(schedule_for(r, p).instances.front().period_key, "2025-08");
}

TEST(ScheduleSeries, ContinuousFollowsThePlansReportingCycle) {
  auto s = schedule_for(due(DueKind::continuous), plan594());
  EXPECT_EQ(s.state, DueState::scheduled);
  EXPECT_EQ(s.instances.size(), 11u);
  PlanClock quarterly = plan594();
  quarterly.cycle = {Every::quarter, 10, std::nullopt};
  quarterly.horizon_year = 2026;
  auto q = schedule_for(due(DueKind::continuous), quarterly);
  EXPECT_EQ(q.instances.size(), 6u);  // Q3/2025 .. Q4/2026
  EXPECT_EQ(q.instances[0].due_date.iso(), "2025-09-10");
}

TEST(ScheduleSeries, PeriodicWithoutAPeriodFollowsThePlansCycle) {
  // "Định kỳ tổ chức sơ kết, tổng kết ..." names no period.
  PlanClock quarterly = plan594();
  quarterly.cycle = {Every::quarter, 20, std::nullopt};
  quarterly.horizon_year = 2025;
  auto s = schedule_for(due(DueKind::recurring), quarterly);
  EXPECT_EQ(keys(s), (std::vector<std::string>{"2025-Q3", "2025-Q4"}));
  EXPECT_EQ(s.instances[1].due_date.iso(), "2025-12-20");
}

TEST(ScheduleSeries, ConditionalAndNoneWaitWithAnExplicitState) {
  auto c = schedule_for(due(DueKind::conditional), plan594());
  EXPECT_EQ(c.state, DueState::awaiting_condition);
  EXPECT_TRUE(c.instances.empty());
  auto n = schedule_for(due(DueKind::none), plan594());
  EXPECT_EQ(n.state, DueState::no_deadline);
  EXPECT_TRUE(n.instances.empty());
  EXPECT_EQ(to_string(c.state), "awaiting_condition");
  EXPECT_EQ(to_string(n.state), "no_deadline");
}

TEST(ScheduleSeries, AConditionalTaskWithADateSetIsScheduled) {
  auto c = due(DueKind::conditional);
  c.date = d("2026-03-31");  // recorded once the condition happened
  auto s = schedule_for(c, plan594());
  // A conditional kind stays waiting: setting a date means changing the kind to "date".
  EXPECT_EQ(s.state, DueState::awaiting_condition);
  c.kind = DueKind::date;
  EXPECT_EQ(schedule_for(c, plan594()).instances.at(0).due_date.iso(), "2026-03-31");
}

TEST(ScheduleSeries, ASeriesPastTheHorizonSaysSo) {
  auto r = due(DueKind::recurring);
  r.every = Every::year;
  r.day = 30;
  r.month = 6;
  PlanClock p = plan594();
  p.horizon_year = 2025;  // 30/6/2025 passed before the plan: nothing left in 2025
  auto s = schedule_for(r, p);
  EXPECT_EQ(s.state, DueState::beyond_horizon);
  EXPECT_TRUE(s.instances.empty());
}

TEST(ScheduleSeries, OneOffBeyondTheHorizonIsKept) {
  auto y = due(DueKind::year);
  y.date = d("2035-12-31");
  EXPECT_EQ(schedule_for(y, plan594()).instances.size(), 1u);
}
