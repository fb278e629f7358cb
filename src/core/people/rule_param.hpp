#pragma once
// Reading a legal parameter of a rule pack together with its unit, article and confirmation
// flag, and turning "n units after/before a date" into a due date.
#include <optional>
#include <string>
#include <string_view>

#include "core/calendar/holidays.hpp"
#include "core/rules/rule_pack.hpp"

namespace pcmt::people {

enum class Unit { working_days, days, hours, months, years, count, ratio, date };
std::string_view unit_code(Unit u);

struct RuleParam {
  std::string name;
  bool unknown = false;    // the law's value is not known yet: never guess
  double value = 0;        // meaningless when unknown
  Unit unit = Unit::count;
  std::string source;      // the article
  bool confirmed = true;   // false: value from a third-party reading, flagged UNCONFIRMED
};

// std::nullopt when the pack has no such param (the rule does not exist under that law).
// Throws std::invalid_argument when the param has no known unit.
std::optional<RuleParam> read_param(const rules::RulePack& pack, std::string_view name);

// `from` moved by `n` units (working days, days, hours, months, years). Calendar-day periods that
// end on a day off move to the next working day (Civil Code 2015 Art. 148.5); periods counted
// backwards (`before`) do not move. Hours count as whole days (events carry dates, not times).
calendar::Date offset_date(calendar::Date from, int n, Unit unit, bool before, const calendar::HolidayCalendar& cal);

}  // namespace pcmt::people
