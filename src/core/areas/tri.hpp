#pragma once
// Three-valued truth for criteria over incomplete facts: a criterion is met, not met, or
// cannot be decided because a fact it needs is missing. Missing data is never read as zero,
// yet an outcome that holds whatever the missing value is (three criteria already met)
// is still decided. Strong Kleene logic.
#include <cstdint>
#include <optional>

namespace pcmt::areas {

enum class Tri : uint8_t { no, yes, unknown };

constexpr Tri tri(bool b) { return b ? Tri::yes : Tri::no; }

constexpr Tri negate(Tri a) { return a == Tri::unknown ? a : tri(a == Tri::no); }

constexpr Tri both(Tri a, Tri b) {
  if (a == Tri::no || b == Tri::no) return Tri::no;
  if (a == Tri::yes && b == Tri::yes) return Tri::yes;
  return Tri::unknown;
}

constexpr Tri either(Tri a, Tri b) {
  if (a == Tri::yes || b == Tri::yes) return Tri::yes;
  if (a == Tri::no && b == Tri::no) return Tri::no;
  return Tri::unknown;
}

// "At least k of these criteria": decided as soon as k are met, or when even the
// undecided ones could not bring the count to k.
struct TriCount {
  int met = 0;
  int unknown = 0;
  void add(Tri t) {
    if (t == Tri::yes) ++met;
    if (t == Tri::unknown) ++unknown;
  }
  Tri at_least(int k) const {
    if (met >= k) return Tri::yes;
    if (met + unknown < k) return Tri::no;
    return Tri::unknown;
  }
};

// Comparisons of an optional count with a threshold; an absent count is undecided.
constexpr Tri at_least(std::optional<int64_t> v, int64_t min) { return v ? tri(*v >= min) : Tri::unknown; }
constexpr Tri below(std::optional<int64_t> v, int64_t limit) { return v ? tri(*v < limit) : Tri::unknown; }
constexpr Tri equals(std::optional<int64_t> v, int64_t x) { return v ? tri(*v == x) : Tri::unknown; }
constexpr Tri at_most(std::optional<int64_t> v, int64_t max) { return v ? tri(*v <= max) : Tri::unknown; }
constexpr Tri known_bool(std::optional<bool> v) { return v ? tri(*v) : Tri::unknown; }

}  // namespace pcmt::areas
