#pragma once
// The indicators of the provincial drug-control plans, judged from registry counts
// of one evaluation year and the year before: cases detected and their change, share of cases
// resolved, points/hotspots eliminated, retail points and their change, re-formed points, border
// communes kept drug-free. Pure integer arithmetic: every "met" is an exact cross-multiplication,
// and a change or share over nothing (previous year 0, no case) is "no data", never a made-up %.
// Default targets come from the rule pack of topic "indicators" (rules/plan-indicators-2025.json).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/areas/tri.hpp"
#include "core/rules/rule_pack.hpp"

namespace pcmt::areas {

// How an indicator's value is compared with its target.
enum class Comparison {
  change_at_least,  // (current − previous) / previous ≥ target bp  (cases: +5%)
  change_at_most,   // (current − previous) / previous ≤ target bp  (retail points: −5%)
  share_above,      // part / whole > target bp, strictly           (resolved: > 90%)
  share_at_least,   // part / whole ≥ target bp                     (eliminated, border: 100%)
  count_at_most,    // count ≤ target                               (re-formed points: 0)
};

// Counts of one commune (or summed over several) for a year Y and the year before.
struct IndicatorCounts {
  int64_t cases = 0, cases_previous = 0, cases_resolved = 0;
  int64_t points_managed = 0, points_eliminated = 0;
  int64_t retail_end = 0, retail_end_previous = 0;
  int64_t reformed = 0;
  int64_t border_communes = 0, border_drug_free = 0;
  IndicatorCounts& operator+=(const IndicatorCounts& o);
};

enum class IndicatorId {
  cases_change,
  cases_resolved,
  points_eliminated,
  retail_change,
  reformed_points,
  border_drug_free
};

struct IndicatorSpec {
  IndicatorId id;
  std::string_view code;   // API name, and the rule pack parameter's prefix
  std::string_view param;  // rule pack parameter holding the default target
  Comparison comparison;
  // The counts compared: current/previous for a change, part/whole for a share, count for a count.
  int64_t IndicatorCounts::*a;
  int64_t IndicatorCounts::*b;     // nullptr for a count
  int64_t min_target, max_target;  // the range a province may set
  std::string_view label;          // Vietnamese, for exports and messages
};

inline constexpr size_t kIndicatorCount = 6;
const std::array<IndicatorSpec, kIndicatorCount>& indicator_specs();
const IndicatorSpec* find_indicator(std::string_view code);
const IndicatorSpec& spec_of(IndicatorId id);

// --- exact arithmetic ----------------------------------------------------------------------
// The change in basis points, truncated toward zero (for display; a decision never uses it);
// nullopt when previous is 0. Truncation toward zero keeps the display on the same side of an
// integer target as the exact value for both change comparisons.
std::optional<int64_t> change_bp(int64_t current, int64_t previous);
// part / whole in basis points, truncated (display); nullopt when whole is 0.
std::optional<int64_t> share_bp(int64_t part, int64_t whole);
Tri change_at_least(int64_t current, int64_t previous, int64_t target_bp);
Tri change_at_most(int64_t current, int64_t previous, int64_t target_bp);
Tri share_above(int64_t part, int64_t whole, int64_t target_bp);
Tri share_at_least(int64_t part, int64_t whole, int64_t target_bp);

// --- targets -------------------------------------------------------------------------------
struct IndicatorTarget {
  int64_t value = 0;
  std::string source;  // the rule pack's citation for a default; set by the app for a province's own
};
using IndicatorTargets = std::array<IndicatorTarget, kIndicatorCount>;  // indexed by IndicatorId

// The defaults of the "indicators" pack in force on the last day of the evaluation year (ISO date).
// Throws std::out_of_range when no pack is in force, std::invalid_argument when a value is out of range.
IndicatorTargets default_targets(const rules::RuleBook& book, std::string_view last_day_iso);
// Throws std::invalid_argument naming the allowed range when `value` is out of the spec's range.
void check_target(const IndicatorSpec& spec, int64_t value);

// --- results -------------------------------------------------------------------------------
struct IndicatorResult {
  IndicatorId id;
  // current/previous for a change, part/whole for a share, count/— for a count.
  int64_t a = 0, b = 0;
  std::optional<int64_t> value_bp;  // change or share in bp; nullopt for a count or when undefined
  Tri met = Tri::unknown;           // unknown: no data (nothing to compare with)
};

IndicatorResult evaluate(const IndicatorSpec& spec, const IndicatorCounts& c, int64_t target);
std::vector<IndicatorResult> evaluate_all(const IndicatorCounts& c, const IndicatorTargets& targets);

// Basis points as a Vietnamese percentage for reports: 500 → "5%", 8571 → "85,71%", −526 → "-5,26%";
// with `sign`, a positive value gets "+" ("+5%").
std::string format_percent(int64_t bp, bool sign = false);

std::string_view to_string(Tri met);                // "met" | "not_met" | "no_data"
std::string_view to_string(Comparison comparison);  // the enumerator's name

}  // namespace pcmt::areas
