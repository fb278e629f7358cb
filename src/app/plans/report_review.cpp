#include "app/plans/report_review.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/plans/access.hpp"
#include "app/plans/instance_queries.hpp"
#include "app/plans/task_dues.hpp"
#include "core/calendar/instant.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::plans {
namespace {

constexpr size_t kMaxCommentBytes = 5000;

struct Reviewed {
  int64_t instance_id, agency_id, task_id, plan_id;
  std::string province_code, period_label, task_ref, progress, instance_status;
  std::optional<int64_t> last_report_id;
  bool already_reviewed;
};

// A task is done once a lead agency says so, or any agency when the task names no lead.
bool completes_task(store::Connection& db, int64_t task_id, int64_t agency_id) {
  auto r = db.query(
      "SELECT SUM(CASE WHEN role = 'lead' THEN 1 ELSE 0 END), SUM(CASE WHEN role = 'lead' AND agency_id = $2 THEN 1 "
      "ELSE 0 END) FROM task_agencies WHERE task_id = $1",
      {task_id, agency_id});
  const auto& row = r.one();
  const int64_t leads = row.is_null(0) ? 0 : row.i64(0);
  return leads == 0 || (!row.is_null(1) && row.i64(1) > 0);
}

void notify(store::Connection& db, const Reviewed& x, int64_t report_id, bool accepted, const std::string& comment,
            int64_t now) {
  const std::string what = "báo cáo " + x.period_label + (x.task_ref.empty() ? "" : " – nhiệm vụ " + x.task_ref);
  const std::string title = accepted ? "Đã duyệt " + what : "Trả lại " + what;
  const std::string body = accepted ? (comment.empty() ? "Báo cáo đã được cơ quan thường trực duyệt." : comment)
                                    : "Lý do: " + comment + ". Vui lòng bổ sung và gửi lại.";
  db.query("INSERT INTO notifications (province_code, agency_id, kind, instance_id, report_id, title, body, created_at) "
           "VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
           {x.province_code, x.agency_id, accepted ? "report_accepted" : "report_returned", x.instance_id, report_id,
            title, body, now});
}

}  // namespace

ReportView review_report(store::Connection& db, const Actor& actor, int64_t report_id, const std::string& decision,
                         const std::string& raw_comment) {
  store::Transaction tx(db);
  store::Params p{report_id};
  auto found = db.query(
      "SELECT ri.id, ri.agency_id, ri.task_id, ri.plan_id, ri.province_code, ri.period_label, t.ref, r.progress, "
      "ri.status, ri.last_report_id, r.review FROM reports r JOIN report_instances ri ON ri.id = r.instance_id JOIN "
      "plan_tasks t ON t.id = ri.task_id WHERE r.id = $1 AND " + instance_visible(actor, p),
      p);
  if (found.empty()) throw not_found();
  const auto& row = found.rows[0];
  const Reviewed x{row.i64(0), row.i64(1), row.i64(2), row.i64(3), row.str(4), row.str(5), row.str(6), row.str(7),
                   row.str(8), row.opt_i64(9), !row.is_null(10)};
  require_manage(actor, visible_plan(db, actor, x.plan_id));
  if (decision != "accepted" && decision != "returned")
    throw bad_request("report.decision_invalid", "Quyết định phải là accepted (duyệt) hoặc returned (trả lại)", "decision");
  const std::string comment = text::to_nfc(text::trim(raw_comment));
  if (decision == "returned" && comment.empty())
    throw bad_request("report.comment_required", "Cần ghi rõ lý do khi trả lại báo cáo", "comment");
  if (comment.size() > kMaxCommentBytes) throw bad_request("report.comment_too_long", "Nhận xét quá dài", "comment");
  if (x.already_reviewed || x.instance_status != "submitted" || x.last_report_id != report_id)
    throw conflict("report.not_awaiting_review", "Báo cáo này không ở trạng thái chờ duyệt");

  const bool accepted = decision == "accepted";
  const int64_t now = now_seconds();
  db.query("UPDATE reports SET review = $1, review_comment = $2, reviewed_by = $3, reviewed_at = $4 WHERE id = $5",
           {decision, comment.empty() ? store::Value() : store::Value(comment), actor.user_id, now, report_id});
  db.query("UPDATE report_instances SET status = $1, updated_at = $2 WHERE id = $3", {decision, now, x.instance_id});
  if (accepted && x.progress == "done" && completes_task(db, x.task_id, x.agency_id))
    db.query("UPDATE plan_tasks SET done_on = COALESCE(done_on, $1), updated_at = $2 WHERE id = $3",
             {calendar::vn_date_of(now).iso(), now, x.task_id});
  refresh_task_dues(db, x.task_id);
  notify(db, x, report_id, accepted, comment, now);
  auto e = event_by(actor, "report.review", "report", std::to_string(report_id));
  e.province_code = x.province_code;
  e.detail_json = boost::json::serialize(boost::json::object{{"decision", decision}, {"instance_id", x.instance_id}});
  append_audit(db, e);
  tx.commit();
  return load_reports(db, "r.id = $1", {report_id}).at(0);
}

}  // namespace pcmt::app::plans
