#include "core/schedule/schedule.hpp"

#include "core/schedule/period.hpp"

namespace pcmt::schedule {
namespace {

std::string one_off_label(const Due& due, calendar::Date d) {
  switch (due.kind) {
    case DueKind::month: return month_label(d);
    case DueKind::quarter: return quarter_label(d);
    case DueKind::year: return "Năm " + std::to_string(d.year());
    default: return "Hạn " + vn_date(d);
  }
}

std::optional<calendar::Date> one_off_date(const Due& due, calendar::Date plan_date) {
  if (due.date) return due.date;
  // "Trong thời hạn N ngày kể từ ngày nhận Kế hoạch": counted from the plan's date, the day an
  // agency receives it being unknown to pcmt (and, for an electronic plan, the same day).
  if (due.kind == DueKind::relative && due.days) return plan_date.add_days(*due.days);
  return std::nullopt;
}

}  // namespace

std::string_view to_string(DueState s) {
  switch (s) {
    case DueState::scheduled: return "scheduled";
    case DueState::awaiting_condition: return "awaiting_condition";
    case DueState::no_deadline: return "no_deadline";
    case DueState::beyond_horizon: return "beyond_horizon";
  }
  return "";
}

std::vector<Instance> series(const Recurrence& r, calendar::Date plan_date, int horizon_year) {
  std::vector<Instance> out;
  for (Period p = Period::containing(plan_date, r.every); p.year <= horizon_year; p = p.next()) {
    const calendar::Date due = p.due_date(r);
    // A period whose report fell due before the plan existed is not owed under it.
    if (due <= plan_date) continue;
    out.push_back({p.key(), p.label(), due});
  }
  return out;
}

Schedule schedule_for(const Due& due, const PlanClock& plan) {
  Schedule s;
  if (is_one_off(due.kind)) {
    if (auto d = one_off_date(due, plan.plan_date)) s.instances.push_back({std::string(kOnceKey), one_off_label(due, *d), *d});
    else s.state = DueState::no_deadline;
    return s;
  }
  switch (due.kind) {
    case DueKind::recurring:
      // "Định kỳ" without a period follows the plan's reporting cycle, day included.
      s.instances = due.every ? series({*due.every, due.day, due.month}, plan.plan_date, plan.horizon_year)
                              : series(plan.cycle, plan.plan_date, plan.horizon_year);
      break;
    case DueKind::continuous: s.instances = series(plan.cycle, plan.plan_date, plan.horizon_year); break;
    case DueKind::conditional: s.state = DueState::awaiting_condition; return s;
    default: s.state = DueState::no_deadline; return s;
  }
  if (s.instances.empty()) s.state = DueState::beyond_horizon;
  return s;
}

}  // namespace pcmt::schedule
