// Filing and reviewing reports: only the instance's agency files; the standing office accepts or
// returns with a comment; the agency is notified; a returned report is filed again; an accepted
// "done" report of the lead agency marks the task done; evidence files come back byte for byte.
#include "app/plans/inbox.hpp"
#include "app/plans/instance_queries.hpp"
#include "app/plans/plan_queries.hpp"
#include "app/plans/report_files.hpp"
#include "app/plans/report_review.hpp"
#include "app/plans/report_submit.hpp"
#include "plans_fixture.hpp"

using namespace pcmt;
namespace plans = app::plans;

class PlansReports : public test_support::PlansTest {
 protected:
  void SetUp() override {
    PlansTest::SetUp();
    plan_id = plans::save_plan(db(), office, plan594()).id;
    police_ii1 = instance("cong_an_tinh", "II.1");
    health_ii1 = instance("so_y_te", "II.1");
  }
  int64_t instance(const std::string& code, const std::string& ref) {
    return count("SELECT ri.id FROM report_instances ri JOIN plan_tasks t ON t.id = ri.task_id WHERE ri.agency_id = $1 AND "
                 "t.ref = $2 ORDER BY ri.due_date LIMIT 1",
                 {agency_id(code), ref});
  }
  std::string status(int64_t instance_id) {
    return db().query("SELECT status FROM report_instances WHERE id = $1", {instance_id}).one().str(0);
  }
  plans::ReportInput report(const std::string& progress = "in_progress") {
    plans::ReportInput in;
    in.progress = progress;
    in.narrative = "Đã rà soát 1.250 người sử dụng trái phép chất ma túy";
    in.results = {{"Số người được rà soát", "1250", "người", true}, {"Ghi chú", "đạt kế hoạch", "", false}};
    return in;
  }
  calendar::Date as_of = *calendar::Date::parse("2025-08-01");
  int64_t plan_id = 0, police_ii1 = 0, health_ii1 = 0;
};
PCMT_ON_BOTH_ENGINES(PlansReports);

TEST_P(PlansReports, SubmitStoresTheReportAndAudits) {
  auto in = report();
  in.files = {{"../../etc/bien-ban.pdf", "application/pdf", std::string("%PDF-1.4\0\x01\xff", 11)}};
  auto r = plans::submit_report(db(), police, police_ii1, in);
  EXPECT_EQ(r.progress, "in_progress");
  EXPECT_EQ(r.agency.name, "Công an tỉnh");
  EXPECT_EQ(r.submitted_by, "ca");
  ASSERT_EQ(r.results.size(), 2u);
  EXPECT_EQ(r.results[0].value, "1250");
  EXPECT_TRUE(r.results[0].numeric);
  EXPECT_EQ(r.results[1].value, "đạt kế hoạch");
  ASSERT_EQ(r.files.size(), 1u);
  EXPECT_EQ(r.files[0].name, "bien-ban.pdf");  // a file name, never a path
  EXPECT_EQ(r.files[0].size, 11);
  EXPECT_EQ(status(police_ii1), "submitted");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'report.submit' AND object_id = $1",
                  {std::to_string(police_ii1)}),
            1);
  auto file = plans::get_report_file(db(), office, r.id, r.files[0].id);
  EXPECT_EQ(file.bytes, std::string("%PDF-1.4\0\x01\xff", 11));
  EXPECT_EQ(file.content_type, "application/pdf");
  expect_error([&] { plans::get_report_file(db(), health, r.id, r.files[0].id); }, app::ErrorKind::not_found, "not_found");
}

TEST_P(PlansReports, ActiveContentIsServedAsOpaqueBytes) {
  auto in = report();
  in.files = {{"x.html", "text/html", "<script>alert(1)</script>"}};
  auto r = plans::submit_report(db(), police, police_ii1, in);
  EXPECT_EQ(plans::get_report_file(db(), police, r.id, r.files[0].id).content_type, "application/octet-stream");
}

TEST_P(PlansReports, BadReportsNameTheField) {
  auto in = report("finished");
  EXPECT_EQ(expect_error([&] { plans::submit_report(db(), police, police_ii1, in); }, app::ErrorKind::invalid, "report.progress_invalid"),
            "progress");
  in = report();
  in.narrative = "   ";
  EXPECT_EQ(expect_error([&] { plans::submit_report(db(), police, police_ii1, in); }, app::ErrorKind::invalid, "report.narrative_required"),
            "narrative");
  in = report();
  in.results[1].indicator = "";
  EXPECT_EQ(expect_error([&] { plans::submit_report(db(), police, police_ii1, in); }, app::ErrorKind::invalid, "report.result_invalid"),
            "results[1].indicator");
  in = report();
  in.files = {{"a.pdf", "application/pdf", ""}};
  EXPECT_EQ(expect_error([&] { plans::submit_report(db(), police, police_ii1, in); }, app::ErrorKind::invalid, "report.file_invalid"),
            "files[0].content_base64");
  EXPECT_EQ(count("SELECT COUNT(*) FROM reports"), 0);
  EXPECT_EQ(status(police_ii1), "pending");
}

TEST_P(PlansReports, ReturnWithACommentThenFileAgainThenAccept) {
  auto first = plans::submit_report(db(), health, health_ii1, report());
  EXPECT_EQ(expect_error([&] { plans::review_report(db(), office, first.id, "returned", " "); }, app::ErrorKind::invalid,
                         "report.comment_required"),
            "comment");
  auto returned = plans::review_report(db(), office, first.id, "returned", "Thiếu số liệu quý III");
  EXPECT_EQ(returned.review, "returned");
  EXPECT_EQ(returned.reviewed_by, "so");
  EXPECT_EQ(status(health_ii1), "returned");
  // The agency finds the notice in its inbox.
  auto box = plans::read_inbox(db(), health, as_of, 20);
  ASSERT_EQ(box.notifications.size(), 1u);
  EXPECT_EQ(box.notifications[0].kind, "report_returned");
  EXPECT_NE(box.notifications[0].body.find("Thiếu số liệu quý III"), std::string::npos);
  EXPECT_EQ(box.unread_total, 1);
  plans::mark_read(db(), health, *box.notifications[0].notification_id);
  EXPECT_EQ(plans::read_inbox(db(), health, as_of, 20).unread_total, 0);
  expect_error([&] { plans::mark_read(db(), police, *box.notifications[0].notification_id); }, app::ErrorKind::not_found, "not_found");
  // A reviewed report cannot be reviewed again.
  expect_error([&] { plans::review_report(db(), office, first.id, "accepted", ""); }, app::ErrorKind::conflict, "report.not_awaiting_review");

  auto second = plans::submit_report(db(), health, health_ii1, report("done"));
  auto accepted = plans::review_report(db(), office, second.id, "accepted", "");
  EXPECT_EQ(accepted.review, "accepted");
  EXPECT_EQ(status(health_ii1), "accepted");
  expect_error([&] { plans::submit_report(db(), health, health_ii1, report()); }, app::ErrorKind::conflict, "report.already_accepted");
  // Health co-operates on II.1: its "done" does not finish the task, the lead's does.
  EXPECT_EQ(count("SELECT COUNT(*) FROM plan_tasks WHERE ref = 'II.1' AND done_on IS NOT NULL"), 0);
  auto history = plans::get_instance(db(), health, health_ii1, as_of);
  ASSERT_EQ(history.reports.size(), 2u);
  EXPECT_EQ(history.reports[0].id, second.id);  // newest first
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'report.review'"), 2);
}

TEST_P(PlansReports, TheLeadsAcceptedDoneFinishesTheTask) {
  auto r = plans::submit_report(db(), police, police_ii1, report("done"));
  plans::review_report(db(), office, r.id, "accepted", "Tốt");
  auto plan = plans::get_plan(db(), office, plan_id, as_of, false);
  EXPECT_EQ(plan.tasks[0].status, "done");
  EXPECT_TRUE(plan.tasks[0].done_on.has_value());
  EXPECT_EQ(plan.plan.tasks_done, 1);
}

TEST_P(PlansReports, OnlyPlanManagersReview) {
  auto r = plans::submit_report(db(), police, police_ii1, report());
  expect_error([&] { plans::review_report(db(), leader, r.id, "accepted", ""); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { plans::review_report(db(), police, r.id, "accepted", ""); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { plans::review_report(db(), health, r.id, "accepted", ""); }, app::ErrorKind::not_found, "not_found");
  expect_error([&] { plans::review_report(db(), office, r.id, "maybe", ""); }, app::ErrorKind::invalid, "report.decision_invalid");
  EXPECT_EQ(status(police_ii1), "submitted");
}

TEST_P(PlansReports, AReplacedSubmissionIsNoLongerReviewable) {
  auto first = plans::submit_report(db(), police, police_ii1, report());
  auto second = plans::submit_report(db(), police, police_ii1, report("done"));
  expect_error([&] { plans::review_report(db(), office, first.id, "accepted", ""); }, app::ErrorKind::conflict, "report.not_awaiting_review");
  plans::review_report(db(), office, second.id, "accepted", "");
  // Timeliness is judged on the first filing, whatever replaced it.
  const auto filed = db().query("SELECT first_submitted_on, last_report_id FROM report_instances WHERE id = $1",
                                {police_ii1}).one();
  EXPECT_FALSE(filed.is_null(0));
  EXPECT_EQ(filed.i64(1), second.id);
}
