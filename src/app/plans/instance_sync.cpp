#include "app/plans/instance_sync.hpp"

#include <map>
#include <tuple>

#include "store/sql.hpp"

namespace pcmt::app::plans {
namespace {

constexpr size_t kColumns = 10;
// Rows per INSERT: well under both engines' limit on bound parameters (SQLite 32,766).
constexpr size_t kRowsPerStatement = 500;

}  // namespace

std::vector<NewInstance> owed_instances(const TaskClock& task, const std::vector<Assignment>& agencies,
                                        const schedule::Schedule& s) {
  std::vector<NewInstance> out;
  for (const auto& a : agencies)
    for (const auto& i : s.instances)
      out.push_back({task.plan_id, task.task_id, a.agency_id, task.province_code, a.role != "requested", i.period_key,
                     i.label, i.due_date.iso()});
  return out;
}

void insert_instances(store::Connection& db, const std::vector<NewInstance>& rows, int64_t now) {
  for (size_t start = 0; start < rows.size(); start += kRowsPerStatement) {
    const size_t n = std::min(kRowsPerStatement, rows.size() - start);
    store::Params p;
    p.reserve(n * kColumns);
    for (size_t i = start; i < start + n; ++i) {
      const auto& r = rows[i];
      p.insert(p.end(), {r.plan_id, r.task_id, r.agency_id, r.province_code, r.required, r.period_key, r.period_label,
                         r.due_date, "pending", now});
    }
    db.query(
        "INSERT INTO report_instances (plan_id, task_id, agency_id, province_code, required, period_key, "
        "period_label, due_date, status, updated_at) VALUES " +
            store::values_placeholders(n, kColumns),
        p);
  }
}

void sync_instances(store::Connection& db, const TaskClock& task, const std::vector<Assignment>& agencies,
                    const schedule::Schedule& s, int64_t now) {
  using Key = std::tuple<int64_t, std::string>;
  std::map<Key, NewInstance> owed;
  for (auto& n : owed_instances(task, agencies, s)) owed.emplace(Key{n.agency_id, n.period_key}, std::move(n));

  auto existing = db.query(
      "SELECT id, agency_id, period_key, last_report_id, required, period_label, due_date FROM report_instances "
      "WHERE task_id = $1",
      {task.task_id});
  for (const auto& r : existing.rows) {
    const Key key{r.i64(1), r.str(2)};
    auto it = owed.find(key);
    if (it == owed.end()) {
      if (r.is_null(3)) db.query("DELETE FROM report_instances WHERE id = $1", {r.i64(0)});
      continue;
    }
    const auto& want = it->second;
    if (r.boolean(4) != want.required || r.str(5) != want.period_label || r.str(6) != want.due_date)
      db.query("UPDATE report_instances SET required = $1, period_label = $2, due_date = $3, updated_at = $4 WHERE id = $5",
               {want.required, want.period_label, want.due_date, now, r.i64(0)});
    owed.erase(it);
  }
  std::vector<NewInstance> missing;
  for (auto& [key, n] : owed) missing.push_back(std::move(n));
  insert_instances(db, missing, now);
}

}  // namespace pcmt::app::plans
