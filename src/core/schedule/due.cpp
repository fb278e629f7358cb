#include "core/schedule/due.hpp"

#include <array>
#include <utility>

namespace pcmt::schedule {
namespace {

constexpr std::array<std::pair<DueKind, std::string_view>, 9> kKinds{{
    {DueKind::date, "date"},
    {DueKind::month, "month"},
    {DueKind::quarter, "quarter"},
    {DueKind::year, "year"},
    {DueKind::relative, "relative"},
    {DueKind::recurring, "recurring"},
    {DueKind::continuous, "continuous"},
    {DueKind::conditional, "conditional"},
    {DueKind::none, "none"},
}};

constexpr std::array<std::pair<Every, std::string_view>, 4> kEvery{{
    {Every::year, "year"},
    {Every::half_year, "half_year"},
    {Every::quarter, "quarter"},
    {Every::month, "month"},
}};

// Longer than any plan's "trong thời hạn N ngày"; a typo of an extra digit is caught.
constexpr int kMaxRelativeDays = 3650;

}  // namespace

std::optional<DueKind> parse_due_kind(std::string_view s) {
  for (auto [k, name] : kKinds)
    if (name == s) return k;
  return std::nullopt;
}

std::string_view to_string(DueKind k) {
  for (auto [kind, name] : kKinds)
    if (kind == k) return name;
  return "";
}

std::optional<Every> parse_every(std::string_view s) {
  for (auto [e, name] : kEvery)
    if (name == s) return e;
  return std::nullopt;
}

std::string_view to_string(Every e) {
  for (auto [every, name] : kEvery)
    if (every == e) return name;
  return "";
}

bool is_one_off(DueKind k) {
  return k == DueKind::date || k == DueKind::month || k == DueKind::quarter || k == DueKind::year ||
         k == DueKind::relative;
}

std::optional<DueProblem> check(const Due& due) {
  const bool needs_date =
      due.kind == DueKind::date || due.kind == DueKind::month || due.kind == DueKind::quarter || due.kind == DueKind::year;
  if (needs_date && !due.date) return DueProblem{"date", "Thời hạn loại này cần có ngày cụ thể (date)"};
  if (due.kind == DueKind::relative && !due.date && (!due.days || *due.days < 1 || *due.days > kMaxRelativeDays))
    return DueProblem{"days", "Thời hạn tương đối cần số ngày từ 1 đến 3650 (days)"};
  if (due.day && (*due.day < 1 || *due.day > 31)) return DueProblem{"day", "Ngày phải từ 1 đến 31 (day)"};
  if (due.month && (*due.month < 1 || *due.month > 12)) return DueProblem{"month", "Tháng phải từ 1 đến 12 (month)"};
  return std::nullopt;
}

}  // namespace pcmt::schedule
