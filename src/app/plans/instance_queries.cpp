#include "app/plans/instance_queries.hpp"

#include <boost/json.hpp>
#include <map>

#include "app/agencies.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/plans/access.hpp"
#include "app/plans/task_status.hpp"
#include "app/users.hpp"
#include "store/params.hpp"

namespace pcmt::app::plans {
namespace {

constexpr const char* kFrom =
    " FROM report_instances ri JOIN plans p ON p.id = ri.plan_id JOIN plan_tasks t ON t.id = ri.task_id";

std::string select_columns(const std::string& as_of) {
  return "SELECT ri.id, ri.plan_id, ri.task_id, p.number, t.ref, t.text, ri.agency_id, " +
         agency_name_sql("ri.agency_id") +
         ", ri.required, "
         "ri.period_key, ri.period_label, ri.due_date, ri.status, ri.first_submitted_on, ri.progress, "
         "ri.last_report_id, CASE WHEN " +
         instance_overdue_sql("ri", as_of) + " THEN 1 ELSE 0 END";
}

InstanceView from_row(const store::Row& r) {
  InstanceView v;
  v.id = r.i64(0);
  v.plan_id = r.i64(1);
  v.task_id = r.i64(2);
  v.plan_number = r.str(3);
  v.task_ref = r.str(4);
  v.task_text = r.str(5);
  v.agency = {r.i64(6), r.str(7)};
  v.required = r.boolean(8);
  v.period_key = r.str(9);
  v.period_label = r.str(10);
  v.due_date = r.str(11);
  v.status = r.str(12);
  v.first_submitted_on = r.opt_str(13);
  if (v.first_submitted_on) v.on_time = *v.first_submitted_on <= v.due_date;
  v.progress = r.opt_str(14);
  v.last_report_id = r.opt_i64(15);
  v.overdue = r.boolean(16);
  return v;
}

std::vector<ResultItem> results_from_json(const std::string& s) {
  std::vector<ResultItem> out;
  boost::json::error_code ec;
  auto v = boost::json::parse(s, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& item : v.as_array()) {
    if (!item.is_object()) continue;
    const auto& o = item.as_object();
    ResultItem r;
    if (auto* x = o.if_contains("indicator"); x && x->is_string()) r.indicator = x->as_string();
    if (auto* x = o.if_contains("unit"); x && x->is_string()) r.unit = x->as_string();
    if (auto* x = o.if_contains("value")) {
      if (x->is_string()) r.value = x->as_string();
      else if (x->is_number()) {
        r.value = boost::json::serialize(*x);
        r.numeric = true;
      }
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

std::vector<ReportView> load_reports(store::Connection& db, const std::string& condition, const store::Params& params) {
  auto rows =
      db.query("SELECT r.id, r.instance_id, r.agency_id, " + agency_name_sql("r.agency_id") +
                   ", r.progress, r.narrative, r.results, " + username_sql("r.submitted_by") +
                   ", r.submitted_at, r.review, r.review_comment, " + username_sql("r.reviewed_by") +
                   ", r.reviewed_at FROM reports r WHERE " + condition + " ORDER BY r.submitted_at DESC, r.id DESC",
               params);
  std::vector<ReportView> out;
  std::map<int64_t, size_t> index;
  for (const auto& r : rows.rows) {
    ReportView v;
    v.id = r.i64(0);
    v.instance_id = r.i64(1);
    v.agency = {r.i64(2), r.str(3)};
    v.progress = r.str(4);
    v.narrative = r.str(5);
    v.results = results_from_json(r.str(6));
    v.submitted_by = r.str(7);
    v.submitted_at = r.i64(8);
    v.review = r.opt_str(9);
    v.review_comment = r.opt_str(10);
    v.reviewed_by = r.opt_str(11);
    v.reviewed_at = r.opt_i64(12);
    index[v.id] = out.size();
    out.push_back(std::move(v));
  }
  if (out.empty()) return out;
  store::Params ids;
  std::vector<int64_t> report_ids;
  for (const auto& v : out) report_ids.push_back(v.id);
  const std::string list = store::bind_list(ids, report_ids);
  for (const auto& r : db.query("SELECT report_id, id, name, content_type, size FROM report_files WHERE report_id IN " + list +
                                    " ORDER BY id",
                                ids)
                           .rows)
    out[index.at(r.i64(0))].files.push_back({r.i64(1), r.str(2), r.str(3), r.i64(4)});
  return out;
}

std::vector<InstanceView> query_instances(store::Connection& db, const std::string& condition, store::Params params,
                                          calendar::Date as_of, const std::string& tail) {
  const std::string day = store::bind_param(params, as_of.iso());
  std::vector<InstanceView> out;
  for (const auto& r : db.query(select_columns(day) + kFrom + " WHERE " + condition + tail, params).rows)
    out.push_back(from_row(r));
  return out;
}

int64_t count_instances(store::Connection& db, const std::string& condition, const store::Params& params) {
  // The joins of the listing never drop a row (foreign keys): counting needs the instances alone.
  return db.query("SELECT COUNT(*) FROM report_instances ri WHERE " + condition, params).one().i64(0);
}

InstancePage list_instances(store::Connection& db, const Actor& actor, const InstanceFilter& f, calendar::Date as_of) {
  // PostgreSQL refuses a bound parameter the statement does not use: every clause binds its own.
  store::Params p;
  std::string where = instance_visible(actor, p);
  if (f.plan_id) where += " AND ri.plan_id = " + store::bind_param(p, *f.plan_id);
  if (f.task_id) where += " AND ri.task_id = " + store::bind_param(p, *f.task_id);
  if (f.agency_id) where += " AND ri.agency_id = " + store::bind_param(p, *f.agency_id);
  if (!f.due_from.empty()) where += " AND ri.due_date >= " + store::bind_param(p, parse_date_param(f.due_from, "due_from").iso());
  if (!f.due_to.empty()) where += " AND ri.due_date <= " + store::bind_param(p, parse_date_param(f.due_to, "due_to").iso());
  if (f.status == "overdue") where += " AND " + instance_overdue_sql("ri", store::bind_param(p, as_of.iso()));
  else if (f.status == "open") where += " AND ri.status IN ('pending', 'returned')";
  else if (f.status == "pending" || f.status == "submitted" || f.status == "accepted" || f.status == "returned")
    where += " AND ri.status = " + store::bind_param(p, f.status);
  else if (!f.status.empty())
    throw bad_request("request.invalid",
                      "Trạng thái phải là pending, submitted, accepted, returned, open hoặc overdue", "status");
  InstancePage page;
  page.total = count_instances(db, where, p);
  const std::string limit = store::bind_param(p, f.page_size);
  const std::string offset = store::bind_param(p, static_cast<int64_t>(f.page - 1) * f.page_size);
  page.items = query_instances(db, where, p, as_of, " ORDER BY ri.due_date, ri.id LIMIT " + limit + " OFFSET " + offset);
  return page;
}

InstanceDetail get_instance(store::Connection& db, const Actor& actor, int64_t id, calendar::Date as_of) {
  store::Params p{id};
  const std::string visible = instance_visible(actor, p);
  auto found = query_instances(db, "ri.id = $1 AND " + visible, p, as_of);
  if (found.empty()) throw not_found();
  InstanceDetail d;
  d.instance = std::move(found[0]);
  d.reports = load_reports(db, "r.instance_id = $1", {id});
  return d;
}

}  // namespace pcmt::app::plans
