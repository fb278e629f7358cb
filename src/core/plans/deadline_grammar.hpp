#pragma once
// The deadline grammar as data: which phrases state when a task is due, what they mean, and how
// strongly they bind (docs/plan-parser.md, "Deadline grammar"). To teach the parser a new form,
// add a row here and a test in tests/unit/plan_deadline_test.cpp.
#include <string_view>
#include <vector>

namespace pcmt::plans {

enum class DueShape {
  date,              // {d} {m} {y}
  date_this_year,    // {d} {m}, year of the plan
  month,             // {m} {y}
  month_this_year,
  quarter,           // {q} {y}
  quarter_this_year,
  half_year_first,   // "6 tháng đầu năm {y}": 30/6
  half_year_second,  // "6 tháng cuối năm {y}": 31/12
  year,              // {y}
  period_end,        // "giai đoạn {y}-{y2}": end of {y2}
  relative_days,     // {n} days from receipt
  every_year,
  every_half_year,
  every_quarter,
  every_month,
  every_n_months,    // "định kỳ {n} tháng"
  yearly_on,         // "ngày {d} tháng {m} hằng năm"
  monthly_on,        // "ngày {d} hằng tháng"
  periodic,          // "định kỳ" with no period
  continuous,
  conditional,
};

// When a match does not count.
enum class DueGuard {
  none,
  not_reference,    // "Nghị quyết số 93/NQ-CP ngày 16/4/2025" cites a document
  not_in_name,      // "Chương trình ... đến năm 2030" names a programme
  not_roadmap,      // "lộ trình thực hiện hằng năm" describes content
  not_expenditure,  // "kinh phí chi thường xuyên" is a budget line
  clause_or_paren,  // "sau khi" must open a clause or sit in parentheses
};

struct DueRule {
  std::string_view pattern;  // word_pattern.hpp syntax
  DueShape shape;
  int priority;              // the strongest statement in a task wins; ties go to the first
  DueGuard guard = DueGuard::none;
};

// Priority given to a time point preceded by a completion cue ("hoàn thành", "trước", "chậm nhất").
inline constexpr int kCompletionPriority = 10;

const std::vector<DueRule>& due_rules();
// Folded phrases that mark a deadline: "hoàn thành trong Quý IV/2025", "trước ngày 30/7/2025".
const std::vector<std::string_view>& completion_cues();

}  // namespace pcmt::plans
