// Saving a reviewed plan: plan, targets, tasks, assignments and report instances in one
// transaction with its audit row; any bad part refuses everything.
#include "app/plans/plan_queries.hpp"
#include "app/plans/save_plan.hpp"
#include "plans_fixture.hpp"

using namespace pcmt;
using app::plans::save_plan;

class PlansSave : public test_support::PlansTest {
 protected:
  calendar::Date day(const char* iso) { return *calendar::Date::parse(iso); }
  int64_t plans() { return count("SELECT COUNT(*) FROM plans"); }
  int64_t audit_rows() { return count("SELECT COUNT(*) FROM audit_log"); }
};
PCMT_ON_BOTH_ENGINES(PlansSave);

TEST_P(PlansSave, SavesTasksAssignmentsAndInstances) {
  auto saved = save_plan(db(), office, plan594());
  EXPECT_EQ(saved.tasks, 4);
  // II.1: police + health once; II.2: health 2025 and 2026; II.3: none yet; III.1: police H2/2025, H1 and H2/2026.
  EXPECT_EQ(saved.instances, 7);
  EXPECT_EQ(count("SELECT COUNT(*) FROM report_instances WHERE plan_id = $1", {saved.id}), 7);
  EXPECT_EQ(count("SELECT COUNT(*) FROM plan_targets WHERE plan_id = $1", {saved.id}), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'plan.create' AND object_id = $1",
                  {std::to_string(saved.id)}),
            1);

  auto plan = app::plans::get_plan(db(), office, saved.id, day("2025-08-01"), true);
  EXPECT_EQ(plan.plan.number, "594/KH-UBND");
  EXPECT_EQ(plan.plan.horizon_year, 2026);
  ASSERT_TRUE(plan.source_text.has_value() == false || plan.source_text->empty());
  ASSERT_EQ(plan.tasks.size(), 4u);
  const auto& first = plan.tasks[0];
  EXPECT_EQ(first.ref, "II.1");
  ASSERT_EQ(first.agencies.size(), 2u);
  EXPECT_EQ(first.agencies[0].name, "Công an tỉnh");
  EXPECT_EQ(first.agencies[0].role, "lead");
  EXPECT_EQ(first.agencies[1].name, "Sở Y tế");
  EXPECT_EQ(first.agencies[1].role, "cooperating");
  EXPECT_EQ(first.instances.total, 2);
  EXPECT_EQ(first.instances.next_due, "2025-09-30");
  EXPECT_EQ(plan.tasks[2].due_state, "awaiting_condition");
  EXPECT_EQ(plan.tasks[2].instances.total, 0);
  ASSERT_EQ(plan.tasks[2].agencies.size(), 2u);
  EXPECT_EQ(plan.tasks[2].agencies[1].role, "requested");
  EXPECT_EQ(plan.tasks[3].due_state, "scheduled");
  EXPECT_EQ(plan.tasks[3].instances.total, 3);
  ASSERT_EQ(plan.targets.size(), 1u);
  EXPECT_EQ(plan.targets[0].value, 50.0);
  EXPECT_EQ(plan.targets[0].year, 2030);

  auto labels = db().query("SELECT ri.period_label, ri.due_date FROM report_instances ri JOIN plan_tasks t ON t.id = ri.task_id "
                           "WHERE t.ref = 'III.1' ORDER BY ri.due_date");
  ASSERT_EQ(labels.rows.size(), 3u);
  EXPECT_EQ(labels.rows[0].str(0), "6 tháng cuối năm 2025");
  EXPECT_EQ(labels.rows[0].str(1), "2025-12-15");
  EXPECT_EQ(labels.rows[2].str(0), "6 tháng cuối năm 2026");
}

TEST_P(PlansSave, RequestedAgenciesOweNothing) {
  auto in = plan594();
  in.tasks[0].requested = {named("Viện kiểm sát nhân dân tỉnh")};
  auto saved = save_plan(db(), office, in);
  EXPECT_EQ(saved.instances, 8);
  EXPECT_EQ(count("SELECT COUNT(*) FROM report_instances WHERE required = 0 AND agency_id = $1",
                  {agency_id("vks_tinh")}),
            1);
}

TEST_P(PlansSave, AgenciesByIdAliasAndWithTheProvinceName) {
  auto in = plan594();
  in.tasks[0].lead = {{agency_id("cong_an_tinh"), "", "tasks[0].lead[0]"}};
  in.tasks[0].cooperating = {named("Sở GD&ĐT"), named("so y te"), named("Công an tỉnh Nghệ An")};
  auto saved = save_plan(db(), office, in);
  auto rows = db().query("SELECT ta.agency_id, ta.role FROM task_agencies ta JOIN plan_tasks t ON t.id = ta.task_id WHERE "
                         "t.plan_id = $1 AND t.ref = 'II.1' ORDER BY ta.position",
                         {saved.id});
  // Police named twice keeps its strongest role, lead.
  ASSERT_EQ(rows.rows.size(), 3u);
  EXPECT_EQ(rows.rows[0].i64(0), agency_id("cong_an_tinh"));
  EXPECT_EQ(rows.rows[0].str(1), "lead");
  EXPECT_EQ(rows.rows[1].i64(0), agency_id("so_gddt"));
  EXPECT_EQ(rows.rows[2].i64(0), agency_id("so_y_te"));
}

TEST_P(PlansSave, AnUnknownAgencyRefusesTheWholePlan) {
  auto in = plan594();
  in.tasks[1].cooperating = {named("Hội Bảo trợ người khuyết tật tỉnh", "tasks[1].cooperating[0]")};
  const auto before = audit_rows();
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, in); }, app::ErrorKind::invalid, "plan.agency_unknown"), "tasks[1].cooperating[0]");
  EXPECT_EQ(plans(), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM plan_tasks"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM report_instances"), 0);
  EXPECT_EQ(audit_rows(), before);
}

TEST_P(PlansSave, ANearNameIsNotMerged) {
  auto in = plan594();
  in.tasks[0].lead = {named("Sở Y tế dự phòng", "tasks[0].lead[0]")};
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, in); }, app::ErrorKind::invalid, "plan.agency_unknown"), "tasks[0].lead[0]");
}

TEST_P(PlansSave, AConfirmedNewAgencyIsCreatedAndAudited) {
  auto in = plan594();
  in.tasks[1].cooperating = {named("Hội Bảo trợ người khuyết tật tỉnh")};
  in.new_agencies = {{"Hội Bảo trợ người khuyết tật tỉnh", "doan_the"}};
  auto saved = save_plan(db(), office, in);
  ASSERT_EQ(saved.created_agencies.size(), 1u);
  const int64_t id = saved.created_agencies[0].id;
  EXPECT_EQ(count("SELECT COUNT(*) FROM agencies WHERE id = $1 AND province_code = '40' AND kind = 'doan_the'", {id}), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'agency.create' AND object_id = $1",
                  {std::to_string(id)}),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM task_agencies WHERE agency_id = $1", {id}), 1);
}

TEST_P(PlansSave, AConfirmedNewAgencyIsRolledBackWithABadPlan) {
  auto in = plan594();
  in.new_agencies = {{"Hội Bảo trợ người khuyết tật tỉnh", "doan_the"}};
  in.tasks[3].due = due(schedule::DueKind::date);  // no date
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, in); }, app::ErrorKind::invalid, "plan.due_invalid"), "tasks[3].due.date");
  EXPECT_EQ(count("SELECT COUNT(*) FROM agencies WHERE name = 'Hội Bảo trợ người khuyết tật tỉnh'"), 0);
}

TEST_P(PlansSave, BadDocumentFieldsNameTheField) {
  auto in = plan594();
  in.date = "21/07/2025";
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, in); }, app::ErrorKind::invalid, "plan.date_invalid"), "document.date");
  in = plan594();
  in.kind = "cong_van";
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, in); }, app::ErrorKind::invalid, "plan.kind_invalid"), "document.kind");
  in = plan594();
  in.number = "  ";
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, in); }, app::ErrorKind::invalid, "plan.field_required"), "document.number");
  in = plan594();
  in.tasks.clear();
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, in); }, app::ErrorKind::invalid, "plan.no_tasks"), "tasks");
  in = plan594();
  in.tasks[2].text = "";
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, in); }, app::ErrorKind::invalid, "plan.field_required"), "tasks[2].text");
  in = plan594();
  in.horizon_year = 2040;
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, in); }, app::ErrorKind::invalid, "plan.horizon_invalid"), "horizon_year");
  in = plan594();
  in.tasks[1].due = recurring(schedule::Every::month, 40);
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, in); }, app::ErrorKind::invalid, "plan.due_invalid"), "tasks[1].due.day");
  EXPECT_EQ(plans(), 0);
}

TEST_P(PlansSave, TheSamePlanTwiceIsAConflict) {
  save_plan(db(), office, plan594());
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, plan594()); }, app::ErrorKind::conflict, "plan.duplicate"), "document.number");
  EXPECT_EQ(plans(), 1);
}

TEST_P(PlansSave, HorizonDefaultsToTheLastYearThePlanNames) {
  auto in = plan594();
  in.horizon_year.reset();
  auto saved = save_plan(db(), office, in);
  // The target names 2030: six yearly reports (2025..2030) for II.2.
  EXPECT_EQ(count("SELECT horizon_year FROM plans WHERE id = $1", {saved.id}), 2030);
  EXPECT_EQ(count("SELECT COUNT(*) FROM report_instances ri JOIN plan_tasks t ON t.id = ri.task_id WHERE t.ref = 'II.2'"),
            6);
}

TEST_P(PlansSave, RolesThatMayNotSave) {
  expect_error([&] { save_plan(db(), leader, plan594()); }, app::ErrorKind::forbidden, "auth.forbidden");
  auto in = plan594();
  in.owner = "agency:" + std::to_string(agency_id("so_y_te"));
  expect_error([&] { save_plan(db(), police, in); }, app::ErrorKind::forbidden, "auth.forbidden");  // another agency's plan
  EXPECT_EQ(plans(), 0);
}

TEST_P(PlansSave, AnAgencySavesItsOwnImplementingPlan) {
  const auto parent = save_plan(db(), office, plan594());
  auto in = plan594();
  in.number = "120/KH-CAT";
  in.parent_plan_id = parent.id;
  auto saved = save_plan(db(), police, in);
  auto plan = app::plans::get_plan(db(), police, saved.id, *calendar::Date::parse("2025-08-01"), false);
  ASSERT_TRUE(plan.plan.owner);
  EXPECT_EQ(plan.plan.owner->kind, "agency");
  EXPECT_EQ(plan.plan.owner->id, std::to_string(agency_id("cong_an_tinh")));
  EXPECT_EQ(plan.plan.parent_plan_id, parent.id);
  // It owns the plan, so it sees every task of it.
  EXPECT_EQ(plan.tasks.size(), 4u);
  auto provincial = app::plans::get_plan(db(), office, parent.id, *calendar::Date::parse("2025-08-01"), false);
  ASSERT_EQ(provincial.children.size(), 1u);
  EXPECT_EQ(provincial.children[0].number, "120/KH-CAT");
}

TEST_P(PlansSave, AParentOutsideTheScopeIsRefused) {
  auto in = plan594();
  in.parent_plan_id = 999999;
  EXPECT_EQ(expect_error([&] { save_plan(db(), office, in); }, app::ErrorKind::invalid, "plan.parent_invalid"), "parent_plan_id");
}
