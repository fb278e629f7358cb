#include "app/plans/task_rows.hpp"

#include "app/error.hpp"

namespace pcmt::app::plans {

schedule::Due due_from_row(const store::Row& r, size_t first) {
  schedule::Due d;
  d.kind = schedule::parse_due_kind(r.str(first)).value_or(schedule::DueKind::none);
  if (auto s = r.opt_str(first + 1)) d.date = calendar::Date::parse(*s);
  if (auto s = r.opt_str(first + 2)) d.every = schedule::parse_every(*s);
  if (auto v = r.opt_i64(first + 3)) d.day = static_cast<int>(*v);
  if (auto v = r.opt_i64(first + 4)) d.month = static_cast<int>(*v);
  if (auto v = r.opt_i64(first + 5)) d.days = static_cast<int>(*v);
  d.text = r.str(first + 6);
  return d;
}

PlanFacts load_plan_facts(store::Connection& db, int64_t plan_id) {
  auto r = db.query("SELECT id, province_code, doc_date, report_every, report_day, report_month, horizon_year FROM plans "
                    "WHERE id = $1",
                    {plan_id});
  if (r.empty()) throw not_found();
  const auto& row = r.rows[0];
  PlanFacts f;
  f.id = row.i64(0);
  f.province_code = row.str(1);
  f.clock.plan_date = calendar::Date::parse(row.str(2)).value_or(calendar::Date());
  f.clock.cycle.every = schedule::parse_every(row.str(3)).value_or(schedule::Every::half_year);
  if (auto v = row.opt_i64(4)) f.clock.cycle.day = static_cast<int>(*v);
  if (auto v = row.opt_i64(5)) f.clock.cycle.month = static_cast<int>(*v);
  f.clock.horizon_year = static_cast<int>(row.i64(6));
  return f;
}

}  // namespace pcmt::app::plans
