#pragma once
// Exact comparisons of "count per resident population" with thresholds given in basis points
// (1 bp = 0.01%): count/population >= bp/10000  <=>  10000*count >= bp*population, in integers,
// so 0.5% of 25,000 residents is exactly 125 people, not 124.99999.
#include <cstdint>
#include <optional>

#include "core/areas/tri.hpp"

namespace pcmt::areas {

inline constexpr int64_t kBasisPointsPerUnit = 10000;

// A rate is known when both terms are, and also when the count is zero (0 of anything is 0%),
// so a commune with no recorded users needs no population to fail "rate >= 0.5%".
// A positive count over an unknown or zero population is undecided.
constexpr Tri rate_at_least(std::optional<int64_t> count, std::optional<int64_t> population, int64_t bp) {
  if (count && *count == 0) return tri(bp <= 0);
  if (!count || !population || *population <= 0) return Tri::unknown;
  return tri(static_cast<__int128>(*count) * kBasisPointsPerUnit >= static_cast<__int128>(bp) * *population);
}

constexpr Tri rate_below(std::optional<int64_t> count, std::optional<int64_t> population, int64_t bp) {
  return negate(rate_at_least(count, population, bp));
}

// For display only (never for a decision): the rate in percent, when it is known.
inline std::optional<double> rate_percent(std::optional<int64_t> count, std::optional<int64_t> population) {
  if (count && *count == 0) return 0.0;
  if (!count || !population || *population <= 0) return std::nullopt;
  return 100.0 * static_cast<double>(*count) / static_cast<double>(*population);
}

}  // namespace pcmt::areas
