#include "core/plans/deadline.hpp"

#include <algorithm>
#include <array>

#include "core/agencies/unknown_agency.hpp"
#include "core/plans/deadline_grammar.hpp"
#include "core/plans/word_pattern.hpp"
#include "core/text/words.hpp"

namespace pcmt::plans {
namespace {

using text::Words;
using calendar::Date;

constexpr std::string_view kClauseEnd = ".;:!?\n()";

struct CompiledRule {
  const DueRule* rule;
  WordPattern pattern;
};

const std::vector<CompiledRule>& compiled_rules() {
  static const std::vector<CompiledRule> compiled = [] {
    std::vector<CompiledRule> out;
    for (const auto& r : due_rules()) out.push_back({&r, WordPattern(r.pattern)});
    return out;
  }();
  return compiled;
}

bool is_time_point(DueShape s) {
  switch (s) {
    case DueShape::date:
    case DueShape::date_this_year:
    case DueShape::month:
    case DueShape::month_this_year:
    case DueShape::quarter:
    case DueShape::quarter_this_year:
    case DueShape::half_year_first:
    case DueShape::half_year_second:
    case DueShape::year:
    case DueShape::period_end:
      return true;
    default:
      return false;
  }
}

// Document names that may carry a year or a period: "Chương trình ... đến năm 2030".
constexpr std::array<std::string_view, 16> kDocumentNouns = {
    "chuong trinh", "chien luoc", "de an",     "ke hoach", "quy hoach", "du an",     "nghi quyet", "chi thi",
    "ket luan",     "luat",       "nghi dinh", "quyet dinh", "thong tu", "cong uoc", "hiep dinh",  "phong trao"};

class DeadlineReader {
 public:
  DeadlineReader(const Words& words, const DeadlineContext& context, std::vector<bool> masked)
      : w_(words), ctx_(context), masked_(std::move(masked)) {}

  std::optional<FoundDue> best() {
    std::optional<FoundDue> best;
    std::optional<FoundDue> recurring;  // the strongest "hằng năm"-like statement, if any
    bool best_is_yearless_day = false;
    for (size_t i = 0; i < w_.size();) {
      const CompiledRule* rule = nullptr;
      Captures caps;
      size_t len = 0;
      for (const auto& c : compiled_rules()) {
        Captures k;
        const size_t n = c.pattern.match(w_, i, k);
        if (n > len || (n == len && n > 0 && rule && c.rule->priority > rule->rule->priority)) {
          rule = &c;
          len = n;
          caps = k;
        }
      }
      if (!rule) {
        ++i;
        continue;
      }
      if (auto found = evaluate(*rule->rule, i, len, caps)) {
        if (found->due.kind == DueKind::recurring && found->due.every != Every::none &&
            (!recurring || found->priority > recurring->priority))
          recurring = found;
        if (!best || found->priority > best->priority) {
          best = found;
          best_is_yearless_day = rule->rule->shape == DueShape::date_this_year;
        }
      }
      i += len;
    }
    // "Báo cáo định kỳ 6 tháng (trước ngày 15/6)": a day without a year in a recurring duty is
    // the day of each occurrence, not a one-off date.
    if (best && best_is_yearless_day && recurring) {
      const auto date = Date::parse(best->due.date);
      Due d = recurring->due;
      d.day = date->day();
      if (d.every != Every::month) d.month = date->month();
      d.text = best->due.text + "; " + recurring->due.text;
      best->due = d;
    }
    return best;
  }

 private:
  const Words& w_;
  const DeadlineContext& ctx_;
  std::vector<bool> masked_;

  bool clause_gap(size_t i) const { return i < w_.size() && w_.gap_has(i, kClauseEnd); }

  // Start of a completion cue ending right before word i ("hoàn thành trong", "trước").
  std::optional<size_t> completion_cue(size_t i) const {
    for (std::string_view cue : completion_cues()) {
      const size_t words = static_cast<size_t>(std::count(cue.begin(), cue.end(), ' ')) + 1;
      if (words > i) continue;
      const size_t at = i - words;
      if (w_.phrase_at(at, cue) == words && !w_.gap_has(i, ".;!?\n()")) return at;
    }
    return std::nullopt;
  }

  // "đến hết ngày ...", "đến ngày ...": the end of an obligation.
  bool until_cue(size_t i) const {
    return (i >= 2 && w_.phrase_at(i - 2, "den het") == 2) || (i >= 1 && w_.key_is(i - 1, "den"));
  }

  bool cites_document(size_t i) const {
    const size_t from = i >= 6 ? i - 6 : 0;
    for (size_t k = from; k < i; ++k) {
      const std::string_view original = w_.span(k, k + 1);
      const bool capitals = std::any_of(original.begin(), original.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                            !std::any_of(original.begin(), original.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (capitals && (w_.gap_has(k, "/") || w_.gap_has(k + 1, "/"))) return true;  // "93/NQ-CP", "132-KL/TW"
      if (w_.key_is(k, "so") && k + 1 < i && w_[k + 1].digits) return true;          // "số 272"
    }
    // "tính đến hết ngày 25/6/2025" fixes a cut-off, not a deadline.
    // Compared with diacritics: "tỉnh đến" (the province until ...) folds the same way.
    for (size_t k = from; k < i; ++k)
      if (w_.phrase_at(k, "tinh den") && agencies::lower(w_.span(k, k + 1)) == "tính") return true;
    return false;
  }

  // "Chương trình mục tiêu quốc gia ... đến năm 2030", "Đề án “...” giai đoạn 2021-2025".
  bool inside_document_name(size_t i) const {
    constexpr size_t kReach = 40;
    for (size_t k = i; k > 0 && i - k < kReach; --k) {
      if (clause_gap(k)) return false;
      const size_t at = k - 1;
      if (masked_[at]) continue;  // "Kế hoạch" in "Sở Kế hoạch và Đầu tư" names an agency
      for (std::string_view noun : kDocumentNouns) {
        const size_t n = w_.phrase_at(at, noun);
        if (n == 0) continue;
        if (w_[at].upper) return true;
        if (at + n < w_.size() && (w_.gap_has(at + n, "“\"") || w_.gap_has(at + n + 1, "“\""))) return true;
      }
    }
    return false;
  }

  bool guard_passes(DueGuard guard, size_t i) const {
    switch (guard) {
      case DueGuard::none:
        return true;
      case DueGuard::not_reference:
        return !cites_document(i);
      case DueGuard::not_in_name:
        return !inside_document_name(i);
      case DueGuard::not_roadmap:
        for (size_t k = i >= 4 ? i - 4 : 0; k < i; ++k)
          if (w_.phrase_at(k, "lo trinh")) return false;
        return true;
      case DueGuard::not_expenditure:
        if (i >= 1 && w_.key_is(i - 1, "chi")) return false;
        if (i >= 2 && (w_.phrase_at(i - 2, "kinh phi") || w_.phrase_at(i - 2, "giao duc"))) return false;
        return true;
      case DueGuard::clause_or_paren: {
        if (i == 0 || w_.gap_has(i, ",;:(.\n") || w_.in_parentheses(i)) return true;
        for (std::string_view verb : {"thuc hien", "trien khai", "hoan thanh", "ban hanh", "to chuc"})
          if (i >= 2 && w_.phrase_at(i - 2, verb) == 2) return true;
        return w_.key_is(i - 1, "ngay");
      }
    }
    return true;
  }

  // End of the clause from word i (for conditions and relative deadlines the whole clause is the text).
  size_t clause_end(size_t i) const {
    constexpr size_t kMaxWords = 20;
    size_t j = i;
    while (j < w_.size() && j - i < kMaxWords && (j == i || !clause_gap(j))) ++j;
    return j;
  }

  std::optional<FoundDue> evaluate(const DueRule& rule, size_t i, size_t len, const Captures& caps) const {
    for (size_t k = i; k < i + len; ++k)
      if (masked_[k]) return std::nullopt;
    const bool time_point = is_time_point(rule.shape);
    const std::optional<size_t> cue = time_point ? completion_cue(i) : std::nullopt;
    if (!cue && !guard_passes(rule.guard, i)) return std::nullopt;
    // "từ ngày 01/01/2026", "kể từ tháng 7": where something starts, not when it is due.
    if (time_point && !cue && i >= 1 && agencies::lower(w_.span(i - 1, i)) == "từ") return std::nullopt;
    FoundDue found;
    if (!build(rule.shape, caps, found.due)) return std::nullopt;
    if (time_point && !cue && !until_cue(i)) {
      // Before the plan was issued and not announced as a deadline: a citation ("hội nghị ...
      // ngày 16/9/2019"). "đến hết ngày 30/6/2025" stays: it ends an obligation, even a past one.
      const auto due = Date::parse(found.due.date);
      const std::optional<Date> floor = ctx_.issued   ? ctx_.issued
                                        : ctx_.year ? std::optional<Date>(Date(*ctx_.year, 1, 1))
                                                    : std::nullopt;
      if (due && floor && *due < *floor) return std::nullopt;
    }
    found.priority = cue ? std::max(rule.priority, kCompletionPriority) : rule.priority;
    if (!cue && time_point && until_cue(i)) ++found.priority;  // "từ tháng 6 đến tháng 12/2025": the end
    if (w_.in_parentheses(i)) ++found.priority;  // "(hoàn thành trong Quý IV/2025)" is the plan's own note
    size_t end = i + len;
    if (rule.shape == DueShape::conditional || rule.shape == DueShape::relative_days) end = clause_end(i);
    found.due.text = std::string(w_.span(cue.value_or(i), end));
    return found;
  }

  bool build(DueShape shape, const Captures& c, Due& d) const {
    const int year = c.year ? c.year : ctx_.year.value_or(0);
    auto at = [&](int y, int m, int day) -> bool {
      if (y == 0 || m < 1 || m > 12 || day < 1 || day > calendar::days_in_month(y, m)) return false;
      d.date = Date(y, m, day).iso();
      return true;
    };
    auto month_end = [&](int y, int m) { return at(y, m, y ? calendar::days_in_month(y, m) : 1); };
    switch (shape) {
      case DueShape::date:
      case DueShape::date_this_year:
        d.kind = DueKind::date;
        return at(year, c.month, c.day);
      case DueShape::month:
      case DueShape::month_this_year:
        d.kind = DueKind::month;
        return month_end(year, c.month);
      case DueShape::quarter:
      case DueShape::quarter_this_year:
        d.kind = DueKind::quarter;
        return month_end(year, c.quarter * 3);
      case DueShape::half_year_first:
        d.kind = DueKind::date;
        return at(year, 6, 30);
      case DueShape::half_year_second:
        d.kind = DueKind::date;
        return at(year, 12, 31);
      case DueShape::year:
        d.kind = DueKind::year;
        return at(year, 12, 31);
      case DueShape::period_end:
        d.kind = DueKind::year;
        return c.year2 > c.year && at(c.year2, 12, 31);
      case DueShape::relative_days:
        d.kind = DueKind::relative;
        d.days = c.count;
        return true;
      case DueShape::every_year:
      case DueShape::every_half_year:
      case DueShape::every_quarter:
      case DueShape::every_month:
      case DueShape::every_n_months:
      case DueShape::periodic:
        d.kind = DueKind::recurring;
        d.every = shape == DueShape::every_year       ? Every::year
                  : shape == DueShape::every_half_year ? Every::half_year
                  : shape == DueShape::every_quarter   ? Every::quarter
                  : shape == DueShape::every_month     ? Every::month
                  : shape == DueShape::periodic        ? Every::none
                  : c.count == 12                      ? Every::year
                  : c.count == 6                       ? Every::half_year
                  : c.count == 3                       ? Every::quarter
                  : c.count == 1                       ? Every::month
                                                       : Every::none;
        return true;
      case DueShape::yearly_on:
        d.kind = DueKind::recurring;
        d.every = Every::year;
        d.day = c.day;
        d.month = c.month;
        return c.day <= calendar::days_in_month(2024, c.month);
      case DueShape::monthly_on:
        d.kind = DueKind::recurring;
        d.every = Every::month;
        d.day = c.day;
        return true;
      case DueShape::continuous:
        d.kind = DueKind::continuous;
        return true;
      case DueShape::conditional:
        d.kind = DueKind::conditional;
        return true;
    }
    return false;
  }
};

}  // namespace

std::optional<FoundDue> find_deadline(std::string_view text, const DeadlineContext& context,
                                      const agencies::AgencyCatalogue* catalogue) {
  const Words words(text);
  std::vector<bool> masked(words.size(), false);
  if (catalogue)
    for (const auto& m : catalogue->find_all(words))
      if (m.known())
        for (size_t k = m.first_word; k < m.last_word; ++k) masked[k] = true;
  return DeadlineReader(words, context, std::move(masked)).best();
}

}  // namespace pcmt::plans
