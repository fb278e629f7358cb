#include "core/people/rule_param.hpp"

#include <stdexcept>

namespace pcmt::people {
namespace {

constexpr int kHoursPerDay = 24;

Unit parse_unit(std::string_view s) {
  if (s == "working_days") return Unit::working_days;
  if (s == "days") return Unit::days;
  if (s == "hours") return Unit::hours;
  if (s == "months") return Unit::months;
  if (s == "years") return Unit::years;
  if (s == "count") return Unit::count;
  if (s == "ratio") return Unit::ratio;
  if (s == "date") return Unit::date;
  throw std::invalid_argument("unknown unit " + std::string(s));
}

}  // namespace

std::string_view unit_code(Unit u) {
  switch (u) {
    case Unit::working_days: return "working_days";
    case Unit::days: return "days";
    case Unit::hours: return "hours";
    case Unit::months: return "months";
    case Unit::years: return "years";
    case Unit::count: return "count";
    case Unit::ratio: return "ratio";
    case Unit::date: return "date";
  }
  return "";
}

std::optional<RuleParam> read_param(const rules::RulePack& pack, std::string_view name) {
  if (!pack.has(name)) return std::nullopt;
  const auto& o = pack.params().at(name).as_object();
  RuleParam p;
  p.name = std::string(name);
  p.source = pack.source(name);
  const auto* unit = o.if_contains("unit");
  if (!unit || !unit->is_string()) throw std::invalid_argument("rule pack " + pack.id() + ": " + p.name + " has no unit");
  p.unit = parse_unit(unit->as_string());
  if (const auto* c = o.if_contains("confirmed"); c && c->is_bool()) p.confirmed = c->as_bool();
  p.unknown = pack.is_unknown(name);
  if (!p.unknown && p.unit != Unit::date) p.value = pack.number(name);
  return p;
}

calendar::Date offset_date(calendar::Date from, int n, Unit unit, bool before, const calendar::HolidayCalendar& cal) {
  const int sign = before ? -1 : 1;
  switch (unit) {
    case Unit::working_days:
      if (before) throw std::invalid_argument("working days are only counted forwards");
      return cal.add_working_days(from, n);
    case Unit::days: {
      const calendar::Date due = from.add_days(sign * n);
      return before ? due : cal.next_working_day_on_or_after(due);
    }
    case Unit::hours: return from.add_days(sign * ((n + kHoursPerDay - 1) / kHoursPerDay));
    case Unit::months: return from.add_months(sign * n);
    case Unit::years: return from.add_years(sign * n);
    default: throw std::invalid_argument("unit " + std::string(unit_code(unit)) + " is not a duration");
  }
}

}  // namespace pcmt::people
