#include "app/plans/task_edit.hpp"

#include <boost/json.hpp>
#include <map>
#include <set>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/plans/access.hpp"
#include "app/plans/agency_resolver.hpp"
#include "app/plans/plan_queries.hpp"
#include "app/plans/save_plan.hpp"
#include "app/plans/task_resync.hpp"
#include "app/plans/task_section.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::plans {
namespace {

std::vector<Assignment> merged_assignments(store::Connection& db, const std::string& province, int64_t task_id,
                                           const TaskPatch& p) {
  auto current = load_assignments(db, task_id);
  AgencyResolver resolver(db, province);
  std::vector<Assignment> out;
  std::set<int64_t> seen;
  auto take = [&](const std::optional<std::vector<AgencyRef>>& given, const char* role) {
    if (given) {
      for (const auto& ref : *given) {
        const int64_t id = resolver.resolve(ref);
        if (seen.insert(id).second) out.push_back({id, role});
      }
      return;
    }
    for (const auto& a : current)
      if (a.role == role && seen.insert(a.agency_id).second) out.push_back(a);
  };
  take(p.lead, "lead");
  take(p.cooperating, "cooperating");
  take(p.requested, "requested");
  return out;
}

}  // namespace

TaskView update_task(store::Connection& db, const Actor& actor, int64_t task_id, const TaskPatch& patch,
                     calendar::Date as_of) {
  store::Transaction tx(db);
  const auto [plan_id, ownership] = visible_task(db, actor, task_id);
  require_manage(actor, ownership);
  auto row = db.query(std::string("SELECT plan_id, ref, text, ") + kDueColumns + " FROM plan_tasks WHERE id = $1",
                      {task_id});
  const PlanFacts plan = load_plan_facts(db, plan_id);

  std::string ref = row.rows[0].str(1), text = row.rows[0].str(2);
  schedule::Due due = due_from_row(row.rows[0], 3);
  boost::json::array changed;
  if (patch.ref) {
    ref = text::to_nfc(text::trim(*patch.ref));
    if (ref.size() > 50) throw bad_request("plan.field_too_long", "Số hiệu nhiệm vụ quá dài", "ref");
    changed.emplace_back("ref");
  }
  if (patch.text) {
    text = text::to_nfc(text::trim(*patch.text));
    if (text.empty()) throw bad_request("plan.field_required", "Nội dung nhiệm vụ không được để trống", "text");
    if (text.size() > kMaxTextBytes) throw bad_request("plan.field_too_long", "Nội dung nhiệm vụ quá dài", "text");
    changed.emplace_back("text");
  }
  if (patch.due) {
    if (auto p = schedule::check(*patch.due)) throw bad_request("plan.due_invalid", p->message, "due." + p->field);
    due = *patch.due;
    changed.emplace_back("due");
  }
  if (patch.section) {
    db.query("UPDATE plan_tasks SET section_path = $1 WHERE id = $2",
             {section_column(clean_section(*patch.section, "section")), task_id});
    changed.emplace_back("section");
  }
  const bool agencies_changed = patch.lead || patch.cooperating || patch.requested;
  auto agencies = agencies_changed ? merged_assignments(db, plan.province_code, task_id, patch)
                                   : load_assignments(db, task_id);
  const int64_t now = now_seconds();
  db.query(
      "UPDATE plan_tasks SET ref = $1, text = $2, due_kind = $3, due_date = $4, due_every = $5, due_day = $6, "
      "due_month = $7, due_days = $8, due_text = $9, updated_at = $10 WHERE id = $11",
      {ref, text, std::string(schedule::to_string(due.kind)), due.date ? store::Value(due.date->iso()) : store::Value(),
       due.every ? store::Value(std::string(schedule::to_string(*due.every))) : store::Value(), due.day, due.month,
       due.days, due.text.empty() ? store::Value() : store::Value(text::to_nfc(due.text)), now, task_id});
  if (agencies_changed) {
    changed.emplace_back("agencies");
    // An agency that keeps the task keeps the day it was given it: only newly named agencies are told.
    std::map<int64_t, store::Value> assigned_at;
    for (const auto& r : db.query("SELECT agency_id, assigned_at FROM task_agencies WHERE task_id = $1", {task_id}).rows)
      assigned_at[r.i64(0)] = r.is_null(1) ? store::Value() : store::Value(r.i64(1));
    db.query("DELETE FROM task_agencies WHERE task_id = $1", {task_id});
    for (size_t k = 0; k < agencies.size(); ++k) {
      const auto kept = assigned_at.find(agencies[k].agency_id);
      db.query("INSERT INTO task_agencies (task_id, agency_id, role, position, assigned_at) VALUES ($1,$2,$3,$4,$5)",
               {task_id, agencies[k].agency_id, agencies[k].role, static_cast<int64_t>(k),
                kept == assigned_at.end() ? store::Value(now) : kept->second});
    }
  }
  resync_task(db, plan, task_id, due, agencies, now);
  auto e = event_by(actor, "task.update", "task", std::to_string(task_id));
  e.province_code = plan.province_code;
  e.detail_json = boost::json::serialize(boost::json::object{{"plan_id", plan_id}, {"changed", changed}});
  append_audit(db, e);
  tx.commit();
  return get_task(db, actor, task_id, as_of);
}

}  // namespace pcmt::app::plans
