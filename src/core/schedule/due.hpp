#pragma once
// A task's deadline as a plan states it (the `due` object of the plan contract):
// one-off kinds name one date, recurring ones a series, continuous ones follow the plan's
// reporting cycle, and conditional / none wait for a date to be set.
#include <optional>
#include <string>
#include <string_view>

#include "core/calendar/date.hpp"

namespace pcmt::schedule {

enum class DueKind { date, month, quarter, year, relative, recurring, continuous, conditional, none };
enum class Every { year, half_year, quarter, month };

std::optional<DueKind> parse_due_kind(std::string_view s);
std::string_view to_string(DueKind k);
std::optional<Every> parse_every(std::string_view s);
std::string_view to_string(Every e);

// A recurrence: every period, due on `day` (of `month` for yearly series) when the plan says so.
struct Recurrence {
  Every every = Every::half_year;
  std::optional<int> day;    // 1..31
  std::optional<int> month;  // 1..12, yearly series only ("trước ngày 15 tháng 12 hằng năm")
};

struct Due {
  DueKind kind = DueKind::none;
  std::optional<calendar::Date> date;  // date, month (its last day), quarter, year, and relative when computed
  std::optional<Every> every;          // recurring; absent ("định kỳ" alone): the plan's reporting cycle
  std::optional<int> day, month;       // recurring
  std::optional<int> days;             // relative: "trong thời hạn 10 ngày"
  std::string text;                    // the words of the plan, kept for people
};

// What is wrong with a due object, for the caller's error (code "plan.due_invalid").
struct DueProblem {
  std::string field;    // "kind", "date", "every", "day", "month", "days"
  std::string message;  // Vietnamese
};
std::optional<DueProblem> check(const Due& due);

bool is_one_off(DueKind k);  // date, month, quarter, year, relative

}  // namespace pcmt::schedule
