#pragma once
// Shared by the tests/unit/areas_*_test.cpp files: the shipped QĐ 28/2025 rule pack and a
// commune whose facts are all known and meet no key criterion, for tests to change one fact at a time.
#include <ostream>

#include "core/areas/area_rules.hpp"
#include "core/areas/commune_classification.hpp"
#include "core/rules/rule_pack.hpp"

namespace pcmt::areas {
// Readable gtest failures.
inline void PrintTo(Tri t, std::ostream* os) { *os << (t == Tri::yes ? "yes" : t == Tri::no ? "no" : "unknown"); }
inline void PrintTo(KeyType t, std::ostream* os) { *os << to_string(t); }
}  // namespace pcmt::areas

namespace pcmt::areas::testing {

inline const rules::RulePack& shipped_pack() {
  static const rules::RuleBook book = rules::RuleBook::embedded();
  return book.in_force("areas", "2025-12-14");
}

inline const AreaRules& shipped_rules() {
  static const AreaRules rules = AreaRules::from_pack(shipped_pack());
  return rules;
}

// The shipped pack with the bands of Điều 4 read as written (II.a is 0.1% to below 0.5%, II.b exactly
// one point, III.a below 0.1%), instead of the default cumulative reading; docs/classification.md,
// interpretation 2. Boundary tests assert both readings.
inline const AreaRules& literal_bands_rules() {
  static const AreaRules rules = [] {
    auto pack = shipped_pack();
    pack.set("interpretation.higher_values_meet_lower_criteria", false);
    return AreaRules::from_pack(pack);
  }();
  return rules;
}

// 25,000 residents: 0.5% = 125 people, 0.1% = 25, 0.05% = 12.5 (so 13 is the first count at or above it).
inline CommuneFacts quiet_commune() {
  CommuneFacts f;
  f.code = "16681";
  f.population = 25000;
  f.managed_users = 0;
  f.use_points = 0;
  f.arrested_offenders = 0;
  f.plants = 0;
  f.plant_area_m2_x100 = 0;
  f.on_route = false;
  f.resident_users_not_excluded = 0;
  f.resident_violators = 0;
  f.wanted_hiding = 0;
  return f;
}

inline int64_t m2(double area) { return static_cast<int64_t>(area * 100 + 0.5); }

inline Tri criterion(const CommuneFacts& f, std::string_view id, const AreaRules& r = shipped_rules()) {
  const auto results = evaluate_commune_criteria(f, r);
  const auto table = commune_criteria();
  for (size_t i = 0; i < table.size(); ++i)
    if (table[i].id == id) return results[i];
  throw std::out_of_range("no criterion " + std::string(id));
}

inline std::optional<KeyType> type_of(const CommuneFacts& f, const AreaRules& r = shipped_rules()) {
  return classify_commune(f, r).type;
}

}  // namespace pcmt::areas::testing
