#include "core/areas/evaluation_window.hpp"

#include <cstdio>
#include <stdexcept>

namespace pcmt::areas {
namespace chr = std::chrono;

namespace {

Date on(int year, MonthDay md) {
  Date d{chr::year{year}, chr::month{md.month}, chr::day{md.day}};
  if (!d.ok()) throw std::invalid_argument("evaluation calendar: " + std::to_string(md.day) + "/" +
                                           std::to_string(md.month) + " does not exist in " + std::to_string(year));
  return d;
}

// The window wraps the new year when it starts later in the year than it ends (15/12 → 14/12).
bool wraps(const EvaluationCalendar& cal) {
  return std::pair(cal.window_start.month, cal.window_start.day) > std::pair(cal.window_end.month, cal.window_end.day);
}

}  // namespace

int EvaluationWindow::days() const {
  return static_cast<int>((chr::sys_days{last_day} - chr::sys_days{first_day}).count()) + 1;
}

EvaluationWindow evaluation_window(int year, const EvaluationCalendar& cal) {
  return {year, on(wraps(cal) ? year - 1 : year, cal.window_start), on(year, cal.window_end)};
}

int evaluation_year_of(Date d, const EvaluationCalendar& cal) {
  const int y = static_cast<int>(d.year());
  const bool after_start = std::pair(static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day())) >=
                           std::pair(cal.window_start.month, cal.window_start.day);
  return wraps(cal) && after_start ? y + 1 : y;
}

Date report_due_before(int year, const EvaluationCalendar& cal) { return on(year, cal.report_before); }
Date approval_due_before(int year, const EvaluationCalendar& cal) { return on(year, cal.approval_before); }

std::string to_iso(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

int evaluation_year_on(const rules::RuleBook& book, Date today) {
  const auto rules = AreaRules::from_pack(book.in_force("areas", to_iso(today)));
  return evaluation_year_of(today, rules.calendar);
}

}  // namespace pcmt::areas
