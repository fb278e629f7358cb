#include "core/areas/indicators.hpp"

#include <stdexcept>

#include "core/areas/rate.hpp"

namespace pcmt::areas {
namespace {

using Wide = __int128;  // products of counts and basis points never overflow

constexpr int64_t kMaxChangeBp = 100 * kBasisPointsPerUnit;  // a province may aim at up to +10,000%

}  // namespace

const std::array<IndicatorSpec, kIndicatorCount>& indicator_specs() {
  // Order = IndicatorId. The ranges bound what a province may set as its own target.
  static const std::array<IndicatorSpec, kIndicatorCount> specs{{
      {IndicatorId::cases_change, "cases_change", "cases_change.min_bp", Comparison::change_at_least,
       &IndicatorCounts::cases, &IndicatorCounts::cases_previous, -kBasisPointsPerUnit, kMaxChangeBp,
       "Số vụ phạm tội về ma túy phát hiện so với năm trước"},
      {IndicatorId::cases_resolved, "cases_resolved", "cases_resolved.above_bp", Comparison::share_above,
       &IndicatorCounts::cases_resolved, &IndicatorCounts::cases, 0, kBasisPointsPerUnit - 1,
       "Tỷ lệ vụ án được giải quyết"},
      {IndicatorId::points_eliminated, "points_eliminated", "points_eliminated.min_bp", Comparison::share_at_least,
       &IndicatorCounts::points_eliminated, &IndicatorCounts::points_managed, 0, kBasisPointsPerUnit,
       "Tỷ lệ điểm, tụ điểm được triệt xóa"},
      {IndicatorId::retail_change, "retail_change", "retail_change.max_bp", Comparison::change_at_most,
       &IndicatorCounts::retail_end, &IndicatorCounts::retail_end_previous, -kBasisPointsPerUnit, kMaxChangeBp,
       "Số điểm bán lẻ so với cuối năm trước"},
      {IndicatorId::reformed_points, "reformed_points", "reformed_points.max", Comparison::count_at_most,
       &IndicatorCounts::reformed, nullptr, 0, 1000000, "Điểm, tụ điểm tái hình thành"},
      {IndicatorId::border_drug_free, "border_drug_free", "border_drug_free.min_bp", Comparison::share_at_least,
       &IndicatorCounts::border_drug_free, &IndicatorCounts::border_communes, 0, kBasisPointsPerUnit,
       "Xã biên giới giữ vững không ma túy"},
  }};
  return specs;
}

const IndicatorSpec* find_indicator(std::string_view code) {
  for (const auto& s : indicator_specs())
    if (s.code == code) return &s;
  return nullptr;
}

const IndicatorSpec& spec_of(IndicatorId id) { return indicator_specs().at(static_cast<size_t>(id)); }

IndicatorCounts& IndicatorCounts::operator+=(const IndicatorCounts& o) {
  static constexpr std::array<int64_t IndicatorCounts::*, 10> kAll{&IndicatorCounts::cases,
                                                                   &IndicatorCounts::cases_previous,
                                                                   &IndicatorCounts::cases_resolved,
                                                                   &IndicatorCounts::points_managed,
                                                                   &IndicatorCounts::points_eliminated,
                                                                   &IndicatorCounts::retail_end,
                                                                   &IndicatorCounts::retail_end_previous,
                                                                   &IndicatorCounts::reformed,
                                                                   &IndicatorCounts::border_communes,
                                                                   &IndicatorCounts::border_drug_free};
  for (auto counter : kAll) this->*counter += o.*counter;
  return *this;
}

std::optional<int64_t> change_bp(int64_t current, int64_t previous) {
  if (previous == 0) return std::nullopt;
  // C++ division truncates toward zero.
  return static_cast<int64_t>(static_cast<Wide>(current - previous) * kBasisPointsPerUnit / previous);
}

std::optional<int64_t> share_bp(int64_t part, int64_t whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<int64_t>(static_cast<Wide>(part) * kBasisPointsPerUnit / whole);
}

// (current − previous) / previous ≥ t  ⇔  (current − previous)·10000 ≥ t·previous, previous > 0.
Tri change_at_least(int64_t current, int64_t previous, int64_t target_bp) {
  if (previous <= 0) return Tri::unknown;
  return tri(static_cast<Wide>(current - previous) * kBasisPointsPerUnit >= static_cast<Wide>(target_bp) * previous);
}

Tri change_at_most(int64_t current, int64_t previous, int64_t target_bp) {
  if (previous <= 0) return Tri::unknown;
  return tri(static_cast<Wide>(current - previous) * kBasisPointsPerUnit <= static_cast<Wide>(target_bp) * previous);
}

Tri share_above(int64_t part, int64_t whole, int64_t target_bp) {
  if (whole <= 0) return Tri::unknown;
  return tri(static_cast<Wide>(part) * kBasisPointsPerUnit > static_cast<Wide>(target_bp) * whole);
}

Tri share_at_least(int64_t part, int64_t whole, int64_t target_bp) {
  if (whole <= 0) return Tri::unknown;
  return tri(static_cast<Wide>(part) * kBasisPointsPerUnit >= static_cast<Wide>(target_bp) * whole);
}

void check_target(const IndicatorSpec& spec, int64_t value) {
  if (value < spec.min_target || value > spec.max_target)
    throw std::invalid_argument("target of " + std::string(spec.code) + " must be between " +
                                std::to_string(spec.min_target) + " and " + std::to_string(spec.max_target));
}

IndicatorTargets default_targets(const rules::RuleBook& book, std::string_view last_day_iso) {
  const auto& pack = book.in_force("indicators", last_day_iso);
  IndicatorTargets out;
  for (const auto& spec : indicator_specs()) {
    auto& t = out.at(static_cast<size_t>(spec.id));
    t.value = pack.integer(spec.param);
    check_target(spec, t.value);
    t.source = pack.id() + ": " + pack.source(spec.param);
  }
  return out;
}

namespace {

// The decision alone: unknown when the denominator is 0.
Tri compare(Comparison comparison, int64_t a, int64_t b, int64_t target) {
  switch (comparison) {
    case Comparison::change_at_least:
      return change_at_least(a, b, target);
    case Comparison::change_at_most:
      return change_at_most(a, b, target);
    case Comparison::share_above:
      return share_above(a, b, target);
    case Comparison::share_at_least:
      return share_at_least(a, b, target);
    case Comparison::count_at_most:
      break;
  }
  return tri(a <= target);
}

}  // namespace

IndicatorResult evaluate(const IndicatorSpec& spec, const IndicatorCounts& c, int64_t target) {
  IndicatorResult r{spec.id};
  r.a = c.*spec.a;
  if (spec.b) {
    r.b = c.*spec.b;
    const bool change = spec.comparison == Comparison::change_at_least || spec.comparison == Comparison::change_at_most;
    r.value_bp = change ? change_bp(r.a, r.b) : share_bp(r.a, r.b);
  }
  r.met = compare(spec.comparison, r.a, r.b, target);
  return r;
}

std::vector<IndicatorResult> evaluate_all(const IndicatorCounts& c, const IndicatorTargets& targets) {
  std::vector<IndicatorResult> out;
  for (const auto& spec : indicator_specs())
    out.push_back(evaluate(spec, c, targets.at(static_cast<size_t>(spec.id)).value));
  return out;
}

std::string format_percent(int64_t bp, bool sign) {
  const int64_t magnitude = bp < 0 ? -bp : bp;
  std::string out = bp < 0 ? "-" : (sign && bp > 0 ? "+" : "");
  out += std::to_string(magnitude / 100);
  if (const int64_t hundredths = magnitude % 100; hundredths != 0) {
    out += ',';
    out += static_cast<char>('0' + hundredths / 10);
    if (hundredths % 10 != 0) out += static_cast<char>('0' + hundredths % 10);
  }
  return out + "%";
}

std::string_view to_string(Tri met) {
  static constexpr std::array<std::string_view, 3> kNames{"not_met", "met", "no_data"};  // Tri::no, yes, unknown
  return kNames.at(static_cast<size_t>(met));
}

std::string_view to_string(Comparison comparison) {
  static constexpr std::array<std::string_view, 5> kNames{"change_at_least", "change_at_most", "share_above",
                                                          "share_at_least", "count_at_most"};
  return kNames.at(static_cast<size_t>(comparison));
}

}  // namespace pcmt::areas
