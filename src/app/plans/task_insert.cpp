#include "app/plans/task_insert.hpp"

#include <set>

#include "app/error.hpp"
#include "app/plans/save_plan.hpp"
#include "app/plans/task_section.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::plans {
namespace {

std::string clean(const std::string& s) { return text::to_nfc(text::trim(s)); }

}  // namespace

void validate_task(const TaskInput& t) {
  const std::string text = clean(t.text);
  if (text.empty()) throw bad_request("plan.field_required", "Nội dung nhiệm vụ không được để trống", t.field + ".text");
  if (text.size() > kMaxTextBytes) throw bad_request("plan.field_too_long", "Nội dung nhiệm vụ quá dài", t.field + ".text");
  if (clean(t.ref).size() > 50) throw bad_request("plan.field_too_long", "Số hiệu nhiệm vụ quá dài", t.field + ".ref");
  clean_section(t.section, t.field + ".section");
  if (auto p = schedule::check(t.due)) throw bad_request("plan.due_invalid", p->message, t.field + ".due." + p->field);
}

std::vector<Assignment> resolve_assignments(AgencyResolver& resolver, const TaskInput& t) {
  std::vector<Assignment> out;
  std::set<int64_t> seen;
  auto add = [&](const std::vector<AgencyRef>& refs, const char* role) {
    for (const auto& ref : refs) {
      const int64_t id = resolver.resolve(ref);
      if (seen.insert(id).second) out.push_back({id, role});
    }
  };
  add(t.lead, "lead");
  add(t.cooperating, "cooperating");
  add(t.requested, "requested");
  return out;
}

int64_t insert_task(store::Connection& db, int64_t plan_id, int64_t position, const TaskInput& t,
                    schedule::DueState state, const std::vector<Assignment>& agencies, int64_t now) {
  const int64_t task_id =
      db.query(
            "INSERT INTO plan_tasks (plan_id, position, ref, text, due_kind, due_date, due_every, due_day, due_month, "
            "due_days, due_text, due_state, updated_at, section_path) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,"
            "$13,$14) RETURNING id",
            {plan_id, position, clean(t.ref), clean(t.text), std::string(schedule::to_string(t.due.kind)),
             t.due.date ? store::Value(t.due.date->iso()) : store::Value(),
             t.due.every ? store::Value(std::string(schedule::to_string(*t.due.every))) : store::Value(), t.due.day,
             t.due.month, t.due.days, t.due.text.empty() ? store::Value() : store::Value(clean(t.due.text)),
             std::string(schedule::to_string(state)), now, section_column(clean_section(t.section, t.field + ".section"))})
          .one()
          .i64(0);
  for (size_t k = 0; k < agencies.size(); ++k)
    db.query("INSERT INTO task_agencies (task_id, agency_id, role, position, assigned_at) VALUES ($1,$2,$3,$4,$5)",
             {task_id, agencies[k].agency_id, agencies[k].role, static_cast<int64_t>(k), now});
  return task_id;
}

}  // namespace pcmt::app::plans
