#pragma once
// The commune criteria of QĐ 28/2025/QĐ-TTg Điều 4 as a table: one row per criterion with its
// id (as printed), the type it counts towards, its source and its test. Thresholds come from
// the rule pack (AreaRules); the tests only say which fact is compared with which threshold.
#include <array>
#include <span>
#include <string_view>

#include "core/areas/area_rules.hpp"
#include "core/areas/facts.hpp"
#include "core/areas/tri.hpp"

namespace pcmt::areas {

inline constexpr size_t kCommuneCriteriaCount = 13;  // I.a–I.đ, II.a–II.đ, III.a–III.c
using CommuneCriteriaResults = std::array<Tri, kCommuneCriteriaCount>;

struct CommuneCriterion {
  std::string_view id;      // "I.a" … "III.c"
  KeyType type;             // the type whose count it adds to
  bool counts_others;       // I.đ and II.đ count the base criteria of the next type down
  std::string_view source;  // the article
  Tri (*test)(const CommuneFacts&, const AreaRules&, const CommuneCriteriaResults& so_far);
};

// In output order (I.a … III.c).
std::span<const CommuneCriterion> commune_criteria();

// Base criteria first, then the two that count them, so each test sees what it needs.
CommuneCriteriaResults evaluate_commune_criteria(const CommuneFacts& f, const AreaRules& r);

// Whether the criteria meet the "at least N of" rule of `type` (Điều 4 khoản 1, 2, 3).
Tri qualifies_as(KeyType type, const CommuneCriteriaResults& results, const AreaRules& r);

}  // namespace pcmt::areas
