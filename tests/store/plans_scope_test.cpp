// Who sees what: an agency only its own tasks, instances and reports; a commune its own plans
// and the provincial ones; another province nothing. Out of scope is 404, never another unit's data.
#include "app/plans/instance_queries.hpp"
#include "app/plans/plan_queries.hpp"
#include "app/plans/report_submit.hpp"
#include "app/plans/stats.hpp"
#include "plans_fixture.hpp"

using namespace pcmt;
namespace plans = app::plans;

class PlansScope : public test_support::PlansTest {
 protected:
  void SetUp() override {
    PlansTest::SetUp();
    plan_id = plans::save_plan(db(), office, plan594()).id;
  }
  calendar::Date as_of = *calendar::Date::parse("2025-08-01");
  int64_t plan_id = 0;

  int64_t instance_of(const std::string& agency_code, const std::string& ref) {
    return count("SELECT ri.id FROM report_instances ri JOIN plan_tasks t ON t.id = ri.task_id WHERE ri.agency_id = $1 AND "
                 "t.ref = $2 ORDER BY ri.due_date LIMIT 1",
                 {agency_id(agency_code), ref});
  }
};
PCMT_ON_BOTH_ENGINES(PlansScope);

TEST_P(PlansScope, AnAgencySeesOnlyItsOwnTasks) {
  auto plan = plans::get_plan(db(), health, plan_id, as_of, false);
  std::vector<std::string> refs;
  for (const auto& t : plan.tasks) refs.push_back(t.ref);
  EXPECT_EQ(refs, (std::vector<std::string>{"II.1", "II.2"}));
  EXPECT_EQ(plan.plan.task_count, 2);
  auto mine = plans::list_agency_tasks(db(), health, as_of, 1, 50);
  EXPECT_EQ(mine.total, 2);
  ASSERT_EQ(mine.items.size(), 2u);
  EXPECT_EQ(mine.items[0].role, "cooperating");
  EXPECT_EQ(mine.items[1].role, "lead");
  EXPECT_EQ(mine.items[0].plan_number, "594/KH-UBND");
}

TEST_P(PlansScope, AnAgencyWithoutTasksDoesNotSeeThePlan) {
  auto tax = agency_actor("thue", "thue_tinh");
  EXPECT_EQ(plans::list_plans(db(), tax, {"", std::nullopt, 1, 50}, as_of).total, 0);
  expect_error([&] { plans::get_plan(db(), tax, plan_id, as_of, false); }, app::ErrorKind::not_found, "not_found");
  EXPECT_EQ(plans::list_plans(db(), health, {"", std::nullopt, 1, 50}, as_of).total, 1);
}

TEST_P(PlansScope, AnAgencySeesOnlyItsOwnInstances) {
  auto page = plans::list_instances(db(), health, {}, as_of);
  EXPECT_EQ(page.total, 3);  // II.1 once, II.2 2025 and 2026
  for (const auto& i : page.items) EXPECT_EQ(i.agency.name, "Sở Y tế");
  const int64_t police_instance = instance_of("cong_an_tinh", "II.1");
  expect_error([&] { plans::get_instance(db(), health, police_instance, as_of); }, app::ErrorKind::not_found, "not_found");
  // Filing another agency's report is not found either, not merely forbidden.
  expect_error([&] { plans::submit_report(db(), health, police_instance, {"done", "x", {}, {}}); }, app::ErrorKind::not_found, "not_found");
}

TEST_P(PlansScope, TheStandingOfficeSeesEverythingOfItsProvince) {
  EXPECT_EQ(plans::list_instances(db(), office, {}, as_of).total, 7);
  EXPECT_EQ(plans::get_plan(db(), office, plan_id, as_of, false).tasks.size(), 4u);
  // but may not file an agency's report
  expect_error([&] { plans::submit_report(db(), office, instance_of("cong_an_tinh", "II.1"), {"done", "x", {}, {}}); },
               app::ErrorKind::forbidden, "auth.forbidden");
}

TEST_P(PlansScope, AnotherProvinceSeesNothing) {
  EXPECT_EQ(plans::list_plans(db(), foreign_office, {"", std::nullopt, 1, 50}, as_of).total, 0);
  expect_error([&] { plans::get_plan(db(), foreign_office, plan_id, as_of, false); }, app::ErrorKind::not_found, "not_found");
  expect_error([&] { plans::plan_stats(db(), foreign_office, plan_id, as_of); }, app::ErrorKind::not_found, "not_found");
  EXPECT_EQ(plans::list_instances(db(), foreign_office, {}, as_of).total, 0);
}

TEST_P(PlansScope, ACommuneSeesProvincialPlansAndItsOwnButNotAnothers) {
  EXPECT_EQ(plans::list_plans(db(), commune, {"", std::nullopt, 1, 50}, as_of).total, 1);
  auto other = actor("cx2", app::Role::commune, {app::ScopeKind::commune, "16690"});
  auto in = plan594();
  in.number = "12/KH-UBND";
  const int64_t own = plans::save_plan(db(), other, in).id;
  expect_error([&] { plans::get_plan(db(), commune, own, as_of, false); }, app::ErrorKind::not_found, "not_found");
  EXPECT_EQ(plans::get_plan(db(), other, own, as_of, false).plan.owner->id, "16690");
  // A commune oversees its own plan, not the province's.
  expect_error([&] { plans::plan_stats(db(), commune, plan_id, as_of); }, app::ErrorKind::forbidden, "auth.forbidden");
  EXPECT_EQ(plans::plan_stats(db(), other, own, as_of).tasks.total, 4);
}

TEST_P(PlansScope, AgenciesDoNotSeeTrackingFigures) {
  expect_error([&] { plans::plan_stats(db(), police, plan_id, as_of); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { plans::province_stats(db(), police, "", as_of); }, app::ErrorKind::forbidden, "auth.forbidden");
  EXPECT_EQ(plans::plan_stats(db(), leader, plan_id, as_of).tasks.total, 4);
}

TEST_P(PlansScope, SearchFindsPlansWithoutDiacritics) {
  EXPECT_EQ(plans::list_plans(db(), office, {"chi thi 06", std::nullopt, 1, 50}, as_of).total, 1);
  EXPECT_EQ(plans::list_plans(db(), office, {"594", std::nullopt, 1, 50}, as_of).total, 1);
  EXPECT_EQ(plans::list_plans(db(), office, {"%", std::nullopt, 1, 50}, as_of).total, 0);
}
