#pragma once
// The yearly evaluation period of QĐ 28/2025/QĐ-TTg Điều 7 khoản 1: from 15/12 of the previous
// year to 14/12 of the evaluation year (month/day taken from the rule pack), and the year a date
// belongs to. Dates are civil dates in Vietnam time.
#include <chrono>
#include <string>

#include "core/areas/area_rules.hpp"

namespace pcmt::areas {

using Date = std::chrono::year_month_day;

struct EvaluationWindow {
  int year = 0;
  Date first_day, last_day;  // both inclusive
  bool contains(Date d) const { return first_day <= d && d <= last_day; }
  int days() const;
};

EvaluationWindow evaluation_window(int year, const EvaluationCalendar& cal);
// The evaluation year whose window contains `d` (15/12/2025 belongs to 2026).
int evaluation_year_of(Date d, const EvaluationCalendar& cal);
// Deadlines are exclusive ("trước ngày 20 tháng 12"): these return that day, and an action is
// on time only on an earlier day.
Date report_due_before(int year, const EvaluationCalendar& cal);    // Điều 7 khoản 2
Date approval_due_before(int year, const EvaluationCalendar& cal);  // Điều 7 khoản 3

std::string to_iso(Date d);  // YYYY-MM-DD

// The evaluation year `today` falls in, under the "areas" pack in force today (what a
// classification defaults to). Throws std::out_of_range when no pack is in force.
int evaluation_year_on(const rules::RuleBook& book, Date today);

}  // namespace pcmt::areas
