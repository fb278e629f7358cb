// After a plan is saved: section titles kept with its tasks, a task added (agencies, instances as
// at save, audited) and a task deleted with its reason (open instances removed; refused once an
// agency filed a report, and for the plan's last task).
#include "app/plans/consolidated.hpp"
#include "app/plans/plan_queries.hpp"
#include "app/plans/report_submit.hpp"
#include "app/plans/task_add.hpp"
#include "app/plans/task_delete.hpp"
#include "app/plans/task_edit.hpp"
#include "plans_fixture.hpp"

using namespace pcmt;
namespace plans = app::plans;
using V = std::vector<std::string>;

class PlansTaskChange : public test_support::PlansTest {
 protected:
  void SetUp() override {
    PlansTest::SetUp();
    auto in = plan594();
    in.tasks[0].section = {"II. NHIỆM VỤ, GIẢI PHÁP", "1. Công tác rà soát"};
    in.tasks[1].section = {"II. NHIỆM VỤ, GIẢI PHÁP", "2. Cai nghiện ma túy"};
    in.tasks[2].section = {"II. NHIỆM VỤ, GIẢI PHÁP", "2. Cai nghiện ma túy"};
    in.tasks[3].section = {"III. TỔ CHỨC THỰC HIỆN"};
    plan_id = plans::save_plan(db(), office, in).id;
  }
  int64_t task(const std::string& ref) {
    return count("SELECT id FROM plan_tasks WHERE plan_id = $1 AND ref = $2", {plan_id, ref});
  }
  plans::TaskInput new_task() {
    plans::TaskInput t;
    t.field = "task";
    t.ref = "II.1.b";
    t.text = "Rà soát người nghiện tại cơ sở lưu trú";
    t.section = {"II. NHIỆM VỤ, GIẢI PHÁP", "1. Công tác rà soát"};
    t.lead = {named("Sở Y tế")};
    t.cooperating = {named("Công an tỉnh")};
    t.due = recurring(schedule::Every::half_year);
    return t;
  }
  V refs() {
    V out;
    for (const auto& t : plans::get_plan(db(), office, plan_id, as_of, false).tasks) out.push_back(t.ref);
    return out;
  }
  calendar::Date as_of = *calendar::Date::parse("2025-08-01");
  int64_t plan_id = 0;
};
PCMT_ON_BOTH_ENGINES(PlansTaskChange);

TEST_P(PlansTaskChange, SectionTitlesAreKeptWithTheTasks) {
  auto t = plans::get_task(db(), office, task("II.1"), as_of);
  EXPECT_EQ(t.section, (V{"II. NHIỆM VỤ, GIẢI PHÁP", "1. Công tác rà soát"}));
  EXPECT_EQ(plans::get_task(db(), office, task("III.1"), as_of).section, V{"III. TỔ CHỨC THỰC HIỆN"});
}

TEST_P(PlansTaskChange, ConsolidatedReportGroupsByTitles) {
  auto rep = plans::build_consolidated(db(), office, plan_id, *calendar::Date::parse("2025-07-21"),
                                       *calendar::Date::parse("2026-12-31"), as_of);
  ASSERT_EQ(rep.sections.size(), 3u);
  EXPECT_EQ(rep.sections[0].part, "II. NHIỆM VỤ, GIẢI PHÁP");
  EXPECT_EQ(rep.sections[0].title, "1. Công tác rà soát");
  EXPECT_EQ(rep.sections[1].title, "2. Cai nghiện ma túy");
  EXPECT_EQ(rep.sections[1].tasks.size(), 2u);
  EXPECT_EQ(rep.sections[2].part, "");
  EXPECT_EQ(rep.sections[2].title, "III. TỔ CHỨC THỰC HIỆN");
}

TEST_P(PlansTaskChange, TasksWithoutTitlesAreGroupedByRefAsBefore) {
  db().query("UPDATE plan_tasks SET section_path = NULL WHERE plan_id = $1", {plan_id});
  EXPECT_TRUE(plans::get_task(db(), office, task("II.1"), as_of).section.empty());
  auto rep = plans::build_consolidated(db(), office, plan_id, *calendar::Date::parse("2025-07-21"),
                                       *calendar::Date::parse("2026-12-31"), as_of);
  ASSERT_EQ(rep.sections.size(), 2u);
  EXPECT_EQ(rep.sections[0].title, "Mục II");
  EXPECT_EQ(rep.sections[1].title, "Mục III");
}

TEST_P(PlansTaskChange, TitlesCanBeCorrected) {
  plans::TaskPatch p;
  p.section = V{"III. TỔ CHỨC THỰC HIỆN", ""};
  EXPECT_EQ(plans::update_task(db(), office, task("II.3"), p, as_of).section, V{"III. TỔ CHỨC THỰC HIỆN"});
  p.section = V{};
  EXPECT_TRUE(plans::update_task(db(), office, task("II.3"), p, as_of).section.empty());
}

TEST_P(PlansTaskChange, AnAddedTaskOwesItsPeriodsLikeASavedOne) {
  auto t = plans::add_task(db(), office, plan_id, new_task(), as_of);
  EXPECT_EQ(t.ref, "II.1.b");
  EXPECT_EQ(t.due_state, "scheduled");
  ASSERT_EQ(t.agencies.size(), 2u);
  EXPECT_EQ(t.agencies[0].name, "Sở Y tế");
  EXPECT_EQ(t.agencies[0].role, "lead");
  // 2025-H2 and 2026-H1, 2026-H2 (tracked to 2026), for both agencies: what the same task saved
  // with the plan owes.
  EXPECT_EQ(t.instances.total, 6);
  auto again = plan594();
  again.number = "595/KH-UBND";
  again.tasks = {new_task()};
  const int64_t other = plans::save_plan(db(), office, again).id;
  EXPECT_EQ(count("SELECT COUNT(*) FROM report_instances WHERE plan_id = $1", {other}), 6);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'task.create' AND object_id = $1",
                  {std::to_string(t.id)}),
            1);
  // Listed right after the other task of its section.
  EXPECT_EQ(refs(), (V{"II.1", "II.1.b", "II.2", "II.3", "III.1"}));
  EXPECT_NE(count("SELECT first_due IS NOT NULL FROM plan_tasks WHERE id = $1", {t.id}), 0);
}

TEST_P(PlansTaskChange, AnAddedTaskWithoutTitlesGoesLast) {
  auto t = new_task();
  t.section = {};
  plans::add_task(db(), office, plan_id, t, as_of);
  EXPECT_EQ(refs().back(), "II.1.b");
}

TEST_P(PlansTaskChange, AddingIsRefusedForBadInputAndForOthers) {
  auto t = new_task();
  t.text = "  ";
  EXPECT_EQ(expect_error([&] { plans::add_task(db(), office, plan_id, t, as_of); }, app::ErrorKind::invalid, "plan.field_required"), "task.text");
  t = new_task();
  t.lead = {named("Sở Không Có Thật")};
  expect_error([&] { plans::add_task(db(), office, plan_id, t, as_of); }, app::ErrorKind::invalid, "plan.agency_unknown");
  expect_error([&] { plans::add_task(db(), leader, plan_id, new_task(), as_of); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { plans::add_task(db(), police, plan_id, new_task(), as_of); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { plans::add_task(db(), foreign_office, plan_id, new_task(), as_of); }, app::ErrorKind::not_found, "not_found");
  EXPECT_EQ(count("SELECT COUNT(*) FROM plan_tasks WHERE plan_id = $1", {plan_id}), 4);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'task.create'"), 0);
}

TEST_P(PlansTaskChange, DeletingRemovesTheTaskAndItsOpenInstances) {
  const int64_t id = task("II.1");
  const int64_t had = count("SELECT COUNT(*) FROM report_instances WHERE task_id = $1", {id});
  ASSERT_GT(had, 0);
  auto gone = plans::delete_task(db(), office, id, "Trùng với nhiệm vụ II.2");
  EXPECT_EQ(gone.instances_removed, had);
  EXPECT_EQ(count("SELECT COUNT(*) FROM plan_tasks WHERE id = $1", {id}), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM report_instances WHERE task_id = $1", {id}), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM task_agencies WHERE task_id = $1", {id}), 0);
  auto audit = db().query("SELECT reason, detail FROM audit_log WHERE action = 'task.delete' AND object_id = $1",
                          {std::to_string(id)});
  ASSERT_EQ(audit.rows.size(), 1u);
  EXPECT_EQ(audit.rows[0].str(0), "Trùng với nhiệm vụ II.2");
  EXPECT_NE(audit.rows[0].str(1).find("Tổng kiểm tra"), std::string::npos);
  EXPECT_EQ(refs(), (V{"II.2", "II.3", "III.1"}));
}

TEST_P(PlansTaskChange, ATaskWithAFiledReportIsNotDeleted) {
  const int64_t id = task("II.1");
  const int64_t instance =
      count("SELECT id FROM report_instances WHERE task_id = $1 AND agency_id = $2", {id, agency_id("so_y_te")});
  plans::submit_report(db(), health, instance, {"in_progress", "Đã rà soát 120 cơ sở", {}, {}});
  expect_error([&] { plans::delete_task(db(), office, id, "Không còn cần thiết"); }, app::ErrorKind::conflict, "task.has_reports");
  EXPECT_EQ(count("SELECT COUNT(*) FROM plan_tasks WHERE id = $1", {id}), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM reports r JOIN report_instances ri ON ri.id = r.instance_id WHERE ri.task_id = $1", {id}), 1);
}

TEST_P(PlansTaskChange, DeletingNeedsAReasonARightAndAnotherTask) {
  const int64_t id = task("II.1");
  EXPECT_EQ(expect_error([&] { plans::delete_task(db(), office, id, "   "); }, app::ErrorKind::invalid, "task.reason_required"), "reason");
  expect_error([&] { plans::delete_task(db(), leader, id, "x"); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { plans::delete_task(db(), foreign_office, id, "x"); }, app::ErrorKind::not_found, "not_found");
  plans::delete_task(db(), office, task("II.2"), "a");
  plans::delete_task(db(), office, task("II.3"), "b");
  plans::delete_task(db(), office, task("III.1"), "c");
  expect_error([&] { plans::delete_task(db(), office, id, "d"); }, app::ErrorKind::conflict, "task.last_task");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'task.delete'"), 3);
}
