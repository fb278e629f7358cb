#include "app/plans/task_delete.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/error.hpp"
#include "app/plans/access.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::plans {

DeletedTask delete_task(store::Connection& db, const Actor& actor, int64_t task_id, const std::string& reason) {
  const std::string why = text::to_nfc(text::trim(reason));
  store::Transaction tx(db);
  const auto [plan_id, ownership] = visible_task(db, actor, task_id);
  require_manage(actor, ownership);
  if (why.empty()) throw bad_request("task.reason_required", "Cần nêu lý do xóa nhiệm vụ", "reason");
  if (why.size() > kMaxReasonBytes) throw bad_request("task.reason_too_long", "Lý do xóa nhiệm vụ quá dài", "reason");

  if (!db.query("SELECT 1 FROM reports r JOIN report_instances ri ON ri.id = r.instance_id WHERE ri.task_id = $1 "
                "LIMIT 1",
                {task_id})
           .empty())
    throw conflict("task.has_reports",
                   "Nhiệm vụ đã có báo cáo của cơ quan nên không thể xóa; hãy sửa nhiệm vụ thay vì xóa", "reason");
  if (db.query("SELECT COUNT(*) FROM plan_tasks WHERE plan_id = $1", {plan_id}).one().i64(0) <= 1)
    throw conflict("task.last_task", "Không thể xóa nhiệm vụ duy nhất của kế hoạch", "reason");

  const auto row = db.query("SELECT ref, text FROM plan_tasks WHERE id = $1", {task_id}).one();
  boost::json::array agencies;
  for (const auto& r : db.query("SELECT agency_id, role FROM task_agencies WHERE task_id = $1 ORDER BY position",
                                {task_id})
                           .rows)
    agencies.push_back(boost::json::object{{"id", r.i64(0)}, {"role", r.str(1)}});

  DeletedTask out{task_id, plan_id, 0};
  // Explicit deletes rather than cascades: the same rows go on both engines whatever their
  // foreign-key settings. Nothing here holds a report (refused above), so no notice refers to them.
  out.instances_removed = db.query("DELETE FROM report_instances WHERE task_id = $1 RETURNING id", {task_id}).rows.size();
  db.query("DELETE FROM task_agencies WHERE task_id = $1", {task_id});
  db.query("DELETE FROM plan_tasks WHERE id = $1", {task_id});

  auto e = event_by(actor, "task.delete", "task", std::to_string(task_id));
  e.province_code = ownership.province_code;
  e.detail_json = boost::json::serialize(boost::json::object{{"plan_id", plan_id},
                                                             {"ref", row.str(0)},
                                                             {"text", row.str(1)},
                                                             {"agencies", std::move(agencies)},
                                                             {"instances_removed", out.instances_removed}});
  e.reason = why;
  append_audit(db, e);
  tx.commit();
  return out;
}

}  // namespace pcmt::app::plans
