// Correcting saved plans: a conditional task gets its date, agencies change, the plan's clock
// changes, an implementing plan is linked to its parent. Instances follow; filed ones are kept.
#include "app/plans/plan_edit.hpp"
#include "app/plans/plan_queries.hpp"
#include "app/plans/report_submit.hpp"
#include "app/plans/task_edit.hpp"
#include "plans_fixture.hpp"

using namespace pcmt;
namespace plans = app::plans;

class PlansEdit : public test_support::PlansTest {
 protected:
  void SetUp() override {
    PlansTest::SetUp();
    plan_id = plans::save_plan(db(), office, plan594()).id;
  }
  int64_t task(const std::string& ref) {
    return count("SELECT id FROM plan_tasks WHERE plan_id = $1 AND ref = $2", {plan_id, ref});
  }
  int64_t instances(const std::string& ref) {
    return count("SELECT COUNT(*) FROM report_instances WHERE task_id = $1", {task(ref)});
  }
  calendar::Date as_of = *calendar::Date::parse("2025-08-01");
  int64_t plan_id = 0;
};
PCMT_ON_BOTH_ENGINES(PlansEdit);

TEST_P(PlansEdit, AConditionalTaskGetsItsDate) {
  plans::TaskPatch p;
  p.due = due(schedule::DueKind::date, "2026-03-31");
  auto t = plans::update_task(db(), office, task("II.3"), p, as_of);
  EXPECT_EQ(t.due_state, "scheduled");
  EXPECT_EQ(t.instances.total, 2);  // education (required) and the requested procuracy
  EXPECT_EQ(count("SELECT COUNT(*) FROM report_instances WHERE task_id = $1 AND required = 1", {task("II.3")}), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'task.update'"), 1);
}

TEST_P(PlansEdit, ChangingAgenciesKeepsFiledInstances) {
  const int64_t health_instance =
      count("SELECT id FROM report_instances WHERE task_id = $1 AND agency_id = $2", {task("II.1"), agency_id("so_y_te")});
  plans::submit_report(db(), health, health_instance, {"in_progress", "Đã làm", {}, {}});
  plans::TaskPatch p;
  p.cooperating = std::vector<plans::AgencyRef>{named("Sở Tư pháp")};
  auto t = plans::update_task(db(), office, task("II.1"), p, as_of);
  ASSERT_EQ(t.agencies.size(), 2u);
  EXPECT_EQ(t.agencies[1].name, "Sở Tư pháp");
  // Police (lead, kept), justice (new), and health's filed instance stays as history.
  EXPECT_EQ(instances("II.1"), 3);
  EXPECT_EQ(count("SELECT COUNT(*) FROM report_instances WHERE id = $1", {health_instance}), 1);
}

TEST_P(PlansEdit, RemovingAnAgencyDropsItsUnfiledInstances) {
  plans::TaskPatch p;
  p.cooperating = std::vector<plans::AgencyRef>{};
  plans::update_task(db(), office, task("II.1"), p, as_of);
  EXPECT_EQ(instances("II.1"), 1);
}

TEST_P(PlansEdit, BadPatchesChangeNothing) {
  plans::TaskPatch p;
  p.due = recurring(schedule::Every::month, 0);
  EXPECT_EQ(expect_error([&] { plans::update_task(db(), office, task("II.2"), p, as_of); }, app::ErrorKind::invalid, "plan.due_invalid"),
            "due.day");
  plans::TaskPatch q;
  q.lead = std::vector<plans::AgencyRef>{named("Sở Không Tồn Tại", "lead[0]")};
  EXPECT_EQ(expect_error([&] { plans::update_task(db(), office, task("II.2"), q, as_of); }, app::ErrorKind::invalid, "plan.agency_unknown"),
            "lead[0]");
  EXPECT_EQ(instances("II.2"), 2);
  plans::TaskPatch r;
  r.text = "x";
  expect_error([&] { plans::update_task(db(), police, task("II.1"), r, as_of); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { plans::update_task(db(), foreign_office, task("II.1"), r, as_of); }, app::ErrorKind::not_found, "not_found");
}

TEST_P(PlansEdit, ALongerHorizonAddsPeriods) {
  plans::PlanPatch p;
  p.horizon_year = 2027;
  plans::update_plan(db(), office, plan_id, p);
  EXPECT_EQ(instances("II.2"), 3);
  EXPECT_EQ(instances("III.1"), 5);
  p.horizon_year = 2025;
  plans::update_plan(db(), office, plan_id, p);
  EXPECT_EQ(instances("II.2"), 1);
  EXPECT_EQ(instances("III.1"), 1);
  p.horizon_year = 2024;
  EXPECT_EQ(expect_error([&] { plans::update_plan(db(), office, plan_id, p); }, app::ErrorKind::invalid, "plan.horizon_invalid"),
            "horizon_year");
}

TEST_P(PlansEdit, AQuarterlyCycleReschedulesContinuousTasks) {
  plans::PlanPatch p;
  p.reporting = schedule::Recurrence{schedule::Every::quarter, 10, std::nullopt};
  plans::update_plan(db(), office, plan_id, p);
  EXPECT_EQ(instances("III.1"), 6);  // Q3/2025 .. Q4/2026
  EXPECT_EQ(instances("II.2"), 2);   // its own yearly series is untouched
}

TEST_P(PlansEdit, LinkingAnImplementingPlanAndRefusingCycles) {
  auto in = plan594();
  in.number = "77/KH-SYT";
  in.owner = "agency:" + std::to_string(agency_id("so_y_te"));
  const int64_t child = plans::save_plan(db(), office, in).id;
  plans::PlanPatch link;
  link.set_parent = true;
  link.parent_plan_id = plan_id;
  plans::update_plan(db(), health, child, link);  // the owner links its own plan
  EXPECT_EQ(plans::get_plan(db(), office, plan_id, as_of, false).children.size(), 1u);
  plans::PlanPatch back;
  back.set_parent = true;
  back.parent_plan_id = child;
  EXPECT_EQ(expect_error([&] { plans::update_plan(db(), office, plan_id, back); }, app::ErrorKind::invalid, "plan.parent_invalid"),
            "parent_plan_id");
  back.parent_plan_id = plan_id;
  expect_error([&] { plans::update_plan(db(), office, plan_id, back); }, app::ErrorKind::invalid, "plan.parent_invalid");
  plans::PlanPatch unlink;
  unlink.set_parent = true;
  plans::update_plan(db(), office, child, unlink);
  EXPECT_TRUE(plans::get_plan(db(), office, plan_id, as_of, false).children.empty());
}
