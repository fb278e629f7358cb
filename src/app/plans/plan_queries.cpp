#include "app/plans/plan_queries.hpp"

#include <map>

#include "app/agencies.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "app/plans/access.hpp"
#include "app/plans/task_rows.hpp"
#include "app/plans/task_section.hpp"
#include "app/plans/task_status.hpp"
#include "core/text/normalize.hpp"
#include "store/params.hpp"
#include "store/sql.hpp"

namespace pcmt::app::plans {
namespace {

// Plan columns 0..15, then the three task counts (16..18), filled by summary_select.
const std::string& plan_columns() {
  static const std::string columns =
      "p.id, p.province_code, p.number, p.doc_date, p.issuer, p.kind, p.title, p.parent_plan_id, p.owner_agency_id, " +
      agency_name_sql("p.owner_agency_id") + ", p.owner_commune_code, " + commune_name_sql("p.owner_commune_code") +
      ", p.report_every, p.report_day, p.report_month, p.horizon_year, p.created_at, p.source_name";
  return columns;
}

// The summary query's SELECT list; the task counts see the tasks the actor sees.
std::string summary_select(const Actor& actor, store::Params& params, calendar::Date as_of) {
  const std::string tasks = "FROM plan_tasks t WHERE t.plan_id = p.id AND " + task_visible(actor, params);
  const std::string day = store::bind_param(params, as_of.iso());
  return "SELECT " + plan_columns() + ", (SELECT COUNT(*) " + tasks + "), (SELECT COUNT(*) " + tasks +
         " AND t.done_on IS NOT NULL), (SELECT COUNT(*) " + tasks + " AND " + task_status_sql("t", day) +
         " = 'overdue') FROM plans p";
}

PlanSummary summary_from(const store::Row& r) {
  PlanSummary s;
  s.id = r.i64(0);
  s.province_code = r.str(1);
  s.number = r.str(2);
  s.date = r.str(3);
  s.issuer = r.str(4);
  s.kind = r.str(5);
  s.title = r.str(6);
  s.parent_plan_id = r.opt_i64(7);
  if (!r.is_null(8)) s.owner = Owner{"agency", r.str(8), r.str(9)};
  if (!r.is_null(10)) s.owner = Owner{"commune", r.str(10), r.str(11)};
  s.reporting.every = schedule::parse_every(r.str(12)).value_or(schedule::Every::half_year);
  if (auto d = r.opt_i64(13)) s.reporting.day = static_cast<int>(*d);
  if (auto m = r.opt_i64(14)) s.reporting.month = static_cast<int>(*m);
  s.horizon_year = static_cast<int>(r.i64(15));
  s.created_at = r.i64(16);
  s.source_name = r.opt_str(17);
  s.task_count = r.i64(18);
  s.tasks_done = r.i64(19);
  s.tasks_overdue = r.i64(20);
  return s;
}

struct Window {
  int64_t limit = -1, offset = 0;  // -1: every row
};

std::vector<PlanSummary> summaries(store::Connection& db, const Actor& actor, calendar::Date as_of,
                                   const std::string& condition, store::Params params, const std::string& order = "",
                                   Window w = {}) {
  const std::string select = summary_select(actor, params, as_of);
  std::string sql = select + " WHERE " + condition + " AND " + plan_visible(actor, params) + order;
  if (w.limit >= 0) {
    const std::string limit = store::bind_param(params, w.limit);  // bound in this order: $n, then $n+1
    sql += " LIMIT " + limit + " OFFSET " + store::bind_param(params, w.offset);
  }
  std::vector<PlanSummary> out;
  for (const auto& r : db.query(sql, params).rows) out.push_back(summary_from(r));
  return out;
}

// Tasks matching `condition` (over `t`), with agencies and instance counts.
std::vector<TaskView> load_tasks(store::Connection& db, const Actor& actor, calendar::Date as_of,
                                 const std::string& condition, store::Params params) {
  const std::string day = store::bind_param(params, as_of.iso());
  const std::string visible = task_visible(actor, params);
  auto rows = db.query(
      "SELECT t.id, t.plan_id, t.ref, t.text, t.due_kind, t.due_date, t.due_every, t.due_day, t.due_month, "
      "t.due_days, t.due_text, t.due_state, t.done_on, " + task_status_sql("t", day) + ", t.section_path FROM plan_tasks t WHERE " + condition +
          " AND " + visible + " ORDER BY t.plan_id, t.position",
      params);
  std::vector<TaskView> tasks;
  std::map<int64_t, size_t> index;
  for (const auto& r : rows.rows) {
    TaskView v;
    v.id = r.i64(0);
    v.plan_id = r.i64(1);
    v.ref = r.str(2);
    v.text = r.str(3);
    v.due = due_from_row(r, 4);
    v.due_state = r.str(11);
    v.done_on = r.opt_str(12);
    v.status = r.str(13);
    v.section = section_from_column(r.opt_str(14));
    index[v.id] = tasks.size();
    tasks.push_back(std::move(v));
  }
  if (tasks.empty()) return tasks;

  // Agencies and instance counts of those tasks, keyed back by task id.
  store::Params ids;
  std::vector<int64_t> task_ids;
  for (const auto& t : tasks) task_ids.push_back(t.id);
  const std::string list = store::bind_list(ids, task_ids);
  for (const auto& r : db.query("SELECT ta.task_id, ta.agency_id, " + agency_name_sql("ta.agency_id") +
                                    ", ta.role FROM task_agencies ta WHERE ta.task_id IN " + list +
                                    " ORDER BY ta.task_id, CASE ta.role WHEN 'lead' THEN 0 WHEN 'cooperating' THEN 1 "
                                    "ELSE 2 END, ta.position",
                                ids)
                           .rows)
    tasks[index.at(r.i64(0))].agencies.push_back({r.i64(1), r.str(2), r.str(3)});

  const std::string on = store::bind_param(ids, as_of.iso());
  // These tasks are of a plan the actor sees; in a province role every instance of it is visible,
  // and saying so again would only lead the database away from the task index.
  const std::string seen = actor.scope.kind == ScopeKind::province ? "1=1" : instance_visible(actor, ids);
  for (const auto& r :
       db.query("SELECT ri.task_id, COUNT(*), SUM(CASE WHEN ri.due_date <= " + on + " THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN ri.status IN ('submitted', 'accepted') THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN ri.status = 'accepted' THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN " + instance_overdue_sql("ri", on) + " THEN 1 ELSE 0 END), "
                "MIN(CASE WHEN ri.status IN ('pending', 'returned') THEN ri.due_date END) "
                "FROM report_instances ri WHERE ri.task_id IN " + list + " AND " + seen + " GROUP BY ri.task_id",
                ids)
           .rows) {
    auto& c = tasks[index.at(r.i64(0))].instances;
    c = {r.i64(1), r.i64(2), r.i64(3), r.i64(4), r.i64(5), r.opt_str(6)};
  }
  return tasks;
}

}  // namespace

PlanPage list_plans(store::Connection& db, const Actor& actor, const PlanFilter& f, calendar::Date as_of) {
  store::Params params;
  std::string condition = "1=1";
  // Every word of the query, anywhere in the number or title: "chi thi 06" finds "Chỉ thị số 06/CT-TTg".
  const std::string key = text::search_key(f.q);
  for (size_t start = 0; start < key.size();) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    if (end > start)
      condition += " AND p.search_key LIKE " +
                   store::bind_param(params, "%" + store::like_escape(key.substr(start, end - start)) + "%") + " ESCAPE '\\'";
    start = end + 1;
  }
  if (f.parent_plan_id) condition += " AND p.parent_plan_id = " + store::bind_param(params, *f.parent_plan_id);

  PlanPage page;
  {
    store::Params count_params = params;
    const std::string visible = plan_visible(actor, count_params);
    page.total =
        db.query("SELECT COUNT(*) FROM plans p WHERE " + condition + " AND " + visible, count_params).one().i64(0);
  }
  page.items = summaries(db, actor, as_of, condition, params, " ORDER BY p.doc_date DESC, p.id DESC",
                         {f.page_size, static_cast<int64_t>(f.page - 1) * f.page_size});
  return page;
}

PlanDetail get_plan(store::Connection& db, const Actor& actor, int64_t id, calendar::Date as_of, bool with_source) {
  store::Params params{id};
  auto found = summaries(db, actor, as_of, "p.id = $1", params);
  if (found.empty()) throw not_found();
  PlanDetail d;
  d.plan = std::move(found[0]);
  if (with_source) d.source_text = db.query("SELECT source_text FROM plans WHERE id = $1", {id}).one().opt_str(0);
  if (d.plan.parent_plan_id) {
    auto parent = summaries(db, actor, as_of, "p.id = $1", {*d.plan.parent_plan_id});
    if (!parent.empty()) d.parent = std::move(parent[0]);
  }
  d.children = summaries(db, actor, as_of, "p.parent_plan_id = $1", {id}, " ORDER BY p.doc_date, p.id");
  for (const auto& r :
       db.query("SELECT text, value, unit, year FROM plan_targets WHERE plan_id = $1 ORDER BY position", {id}).rows) {
    Target t{r.str(0), std::nullopt, r.opt_str(2), std::nullopt};
    if (!r.is_null(1)) t.value = r.f64(1);
    if (auto y = r.opt_i64(3)) t.year = static_cast<int>(*y);
    d.targets.push_back(std::move(t));
  }
  d.tasks = load_tasks(db, actor, as_of, "t.plan_id = $1", {id});
  return d;
}

TaskView get_task(store::Connection& db, const Actor& actor, int64_t task_id, calendar::Date as_of) {
  visible_task(db, actor, task_id);
  auto tasks = load_tasks(db, actor, as_of, "t.id = $1", {task_id});
  if (tasks.empty()) throw not_found();
  return std::move(tasks[0]);
}

AgencyTaskPage list_agency_tasks(store::Connection& db, const Actor& actor, calendar::Date as_of, int page,
                                 int page_size) {
  const auto agency = actor_agency(actor);
  if (!agency) throw forbidden();
  AgencyTaskPage out;
  const std::string from =
      " FROM task_agencies ta JOIN plan_tasks t ON t.id = ta.task_id JOIN plans p ON p.id = t.plan_id WHERE "
      "ta.agency_id = $1 AND p.province_code = $2";
  out.total = db.query("SELECT COUNT(*)" + from, {*agency, actor.province_code}).one().i64(0);
  auto rows = db.query("SELECT t.id, p.number, p.title, ta.role" + from +
                           " ORDER BY p.doc_date DESC, p.id DESC, t.position LIMIT $3 OFFSET $4",
                       {*agency, actor.province_code, page_size, static_cast<int64_t>(page - 1) * page_size});
  if (rows.empty()) return out;
  store::Params ids;
  std::vector<int64_t> task_ids;
  for (const auto& r : rows.rows) task_ids.push_back(r.i64(0));
  const std::string list = store::bind_list(ids, task_ids);  // before ids is passed on
  auto tasks = load_tasks(db, actor, as_of, "t.id IN " + list, ids);
  std::map<int64_t, TaskView*> by_id;
  for (auto& t : tasks) by_id[t.id] = &t;
  for (const auto& r : rows.rows)
    if (auto it = by_id.find(r.i64(0)); it != by_id.end())
      out.items.push_back({std::move(*it->second), r.str(1), r.str(2), r.str(3)});
  return out;
}

}  // namespace pcmt::app::plans
