// Tracking figures as of a date: task status, on-time rate, missing and overdue reports, the
// overdue share of due tasks, the ranking for commendation and criticism, and the inbox.
#include "app/plans/inbox.hpp"
#include "app/plans/plan_queries.hpp"
#include "app/plans/report_review.hpp"
#include "app/plans/report_submit.hpp"
#include "app/plans/settings.hpp"
#include "app/plans/stats.hpp"
#include "plans_fixture.hpp"

using namespace pcmt;
namespace plans = app::plans;

class PlansStats : public test_support::PlansTest {
 protected:
  void SetUp() override {
    PlansTest::SetUp();
    plan_id = plans::save_plan(db(), office, plan594()).id;
  }
  int64_t instance(const std::string& code, const std::string& ref, const std::string& due) {
    return count("SELECT ri.id FROM report_instances ri JOIN plan_tasks t ON t.id = ri.task_id WHERE ri.agency_id = $1 AND "
                 "t.ref = $2 AND ri.due_date = $3",
                 {agency_id(code), ref, due});
  }
  // Files a report and dates its first filing: the tests set the calendar, not the clock.
  int64_t file(const app::Actor& who, int64_t instance_id, const std::string& filed_on,
               const std::string& progress = "in_progress") {
    auto r = plans::submit_report(db(), who, instance_id, {progress, "Báo cáo", {}, {}});
    db().query("UPDATE report_instances SET first_submitted_on = $1, timeliness = CASE WHEN $1 <= due_date THEN "
               "'on_time' ELSE 'late' END WHERE id = $2",
               {filed_on, instance_id});
    return r.id;
  }
  const plans::AgencyStats& agency(const plans::TrackingStats& s, const std::string& code) {
    for (const auto& a : s.agencies)
      if (a.agency_id == agency_id(code)) return a;
    throw std::runtime_error("agency " + code + " missing from the figures");
  }
  calendar::Date day(const char* iso) { return *calendar::Date::parse(iso); }
  int64_t plan_id = 0;
};
PCMT_ON_BOTH_ENGINES(PlansStats);

TEST_P(PlansStats, BeforeAnyDeadlineNothingIsDueOrOverdue) {
  auto s = plans::plan_stats(db(), office, plan_id, day("2025-08-01"));
  EXPECT_EQ(s.tasks.total, 4);
  EXPECT_EQ(s.tasks.done, 0);
  EXPECT_EQ(s.tasks.overdue, 0);
  EXPECT_EQ(s.tasks.in_progress, 4);
  EXPECT_EQ(s.tasks.awaiting_date, 1);
  EXPECT_EQ(s.tasks.due, 0);
  EXPECT_FALSE(s.tasks.overdue_share());
  EXPECT_EQ(s.instances.required, 7);
  EXPECT_EQ(s.instances.assessable, 0);
  EXPECT_FALSE(s.instances.on_time_rate());
  EXPECT_TRUE(s.commend.empty());
  EXPECT_TRUE(s.criticise.empty());
}

TEST_P(PlansStats, OnTimeLateMissingAndOverdue) {
  // II.1 due 30/9/2025: police files on 25/9 (on time), health on 3/10 (late).
  file(police, instance("cong_an_tinh", "II.1", "2025-09-30"), "2025-09-25");
  file(health, instance("so_y_te", "II.1", "2025-09-30"), "2025-10-03");
  // As of 20/12/2025: II.2 (health, 15/12) and III.1 (police, 15/12) are missing.
  auto s = plans::plan_stats(db(), office, plan_id, day("2025-12-20"));
  EXPECT_EQ(s.instances.assessable, 4);
  EXPECT_EQ(s.instances.on_time, 1);
  EXPECT_EQ(s.instances.late, 1);
  EXPECT_EQ(s.instances.missing, 2);
  EXPECT_EQ(s.instances.overdue, 2);
  EXPECT_EQ(s.instances.awaiting_review, 2);
  EXPECT_DOUBLE_EQ(*s.instances.on_time_rate(), 0.25);
  // Tasks: II.1 filed (in progress), II.2 and III.1 overdue, II.3 waits for its condition.
  EXPECT_EQ(s.tasks.overdue, 2);
  EXPECT_EQ(s.tasks.due, 3);
  EXPECT_DOUBLE_EQ(*s.tasks.overdue_share(), 2.0 / 3.0);
  const auto& p = agency(s, "cong_an_tinh");
  EXPECT_EQ(p.tasks_lead, 2);
  EXPECT_EQ(p.instances.on_time, 1);
  EXPECT_EQ(p.instances.missing, 1);
  EXPECT_EQ(p.tasks_overdue, 1);
  const auto& h = agency(s, "so_y_te");
  EXPECT_EQ(h.tasks_lead, 1);
  EXPECT_EQ(h.tasks_cooperating, 1);
  EXPECT_EQ(h.instances.late, 1);
  // The procuracy is only requested on II.3: listed, never ranked.
  const auto& v = agency(s, "vks_tinh");
  EXPECT_EQ(v.tasks_requested, 1);
  EXPECT_FALSE(v.rank);
}

TEST_P(PlansStats, RankingCommendsThePunctualAndCriticisesTheOverdue) {
  file(police, instance("cong_an_tinh", "II.1", "2025-09-30"), "2025-09-25");
  file(police, instance("cong_an_tinh", "III.1", "2025-12-15"), "2025-12-10");
  file(health, instance("so_y_te", "II.1", "2025-09-30"), "2025-10-03");
  auto s = plans::plan_stats(db(), office, plan_id, day("2025-12-20"));
  ASSERT_GE(s.agencies.size(), 2u);
  EXPECT_EQ(s.agencies[0].agency_id, agency_id("cong_an_tinh"));
  EXPECT_EQ(s.agencies[0].rank, 1);
  EXPECT_EQ(s.agencies[1].agency_id, agency_id("so_y_te"));
  EXPECT_EQ(s.agencies[1].rank, 2);
  EXPECT_EQ(s.commend, (std::vector<int64_t>{agency_id("cong_an_tinh")}));
  EXPECT_EQ(s.criticise, (std::vector<int64_t>{agency_id("so_y_te")}));  // II.2 of 15/12 is missing
  EXPECT_DOUBLE_EQ(*s.tasks.overdue_share(), 1.0 / 3.0);
}

TEST_P(PlansStats, AReturnedReportIsOverdueAgainButNotMissing) {
  const int64_t i = instance("cong_an_tinh", "II.1", "2025-09-30");
  const int64_t r = file(police, i, "2025-09-25");
  plans::review_report(db(), office, r, "returned", "Bổ sung số liệu");
  auto s = plans::plan_stats(db(), office, plan_id, day("2025-10-05"));
  EXPECT_EQ(agency(s, "cong_an_tinh").instances.overdue, 1);
  EXPECT_EQ(agency(s, "cong_an_tinh").instances.missing, 0);
  EXPECT_EQ(agency(s, "cong_an_tinh").instances.on_time, 1);
  EXPECT_EQ(s.tasks.overdue, 1);
}

TEST_P(PlansStats, ProvinceFiguresSumEveryPlan) {
  auto in = plan594();
  in.number = "595/KH-UBND";
  plans::save_plan(db(), office, in);
  auto s = plans::province_stats(db(), office, "", day("2025-12-20"));
  EXPECT_EQ(s.plans, 2);
  EXPECT_EQ(s.tasks.total, 8);
  EXPECT_EQ(s.instances.required, 14);
  EXPECT_EQ(s.instances.missing, 8);
  EXPECT_EQ(plans::province_stats(db(), foreign_office, "", day("2025-12-20")).plans, 0);
}

TEST_P(PlansStats, InboxRemindsBeforeTheDueDateAndFlagsOverdue) {
  // 30/9/2025 is 7 days after 23/9: inside the default window.
  auto box = plans::read_inbox(db(), police, day("2025-09-23"), 50);
  EXPECT_EQ(box.reminder_days, 7);
  ASSERT_EQ(box.reminders.size(), 1u);
  EXPECT_EQ(box.reminders[0].kind, "reminder");
  EXPECT_EQ(box.reminders[0].days, 7);
  EXPECT_EQ(box.reminders[0].due_date, "2025-09-30");
  EXPECT_NE(box.reminders[0].title.find("Sắp đến hạn"), std::string::npos);
  EXPECT_TRUE(box.overdue.empty());
  EXPECT_TRUE(plans::read_inbox(db(), police, day("2025-09-22"), 50).reminders.empty());

  plans::update_settings(db(), office, 10);
  EXPECT_EQ(plans::read_inbox(db(), police, day("2025-09-20"), 50).reminders.size(), 1u);
  expect_error([&] { plans::update_settings(db(), police, 3); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { plans::update_settings(db(), office, 100); }, app::ErrorKind::invalid, "plan.reminder_days_invalid");

  auto late = plans::read_inbox(db(), police, day("2025-10-02"), 50);
  ASSERT_EQ(late.overdue.size(), 1u);
  EXPECT_EQ(late.overdue[0].days, 2);
  EXPECT_EQ(late.overdue_total, 1);
  // The standing office sees every agency's overdue report, and the queue to review.
  file(health, instance("so_y_te", "II.1", "2025-09-30"), "2025-09-29");
  auto office_box = plans::read_inbox(db(), office, day("2025-10-02"), 50);
  EXPECT_EQ(office_box.overdue_total, 1);
  EXPECT_EQ(office_box.review_total, 1);
  ASSERT_EQ(office_box.review_needed.size(), 1u);
  EXPECT_EQ(office_box.review_needed[0].agency->name, "Sở Y tế");
}
