#pragma once
// Every threshold and interpretation switch of QĐ 28/2025/QĐ-TTg, read once from the rule
// pack of topic "areas" (rules/qd-28-2025.json) so classifying a commune does no JSON lookups.
// Rates are in basis points (1 bp = 0.01%); areas in hundredths of m² (exact integers).
#include <array>
#include <cstdint>
#include <string>

#include "core/areas/key_type.hpp"
#include "core/rules/rule_pack.hpp"

namespace pcmt::areas {

struct MonthDay {
  unsigned month = 1, day = 1;
  friend bool operator==(const MonthDay&, const MonthDay&) = default;
};

inline constexpr int64_t kAreaScale = 100;  // areas are kept in hundredths of m²

struct CommuneThresholds {
  // Type I (Điều 4 khoản 1)
  int type_I_min_criteria = 0;
  int64_t I_users_rate_min_bp = 0, I_points_min = 0, I_offenders_rate_min_bp = 0;
  int64_t I_plants_min = 0, I_area_min_x100 = 0;
  int I_dd_type_II_criteria_min = 0;
  // Type II (Điều 4 khoản 2)
  int type_II_min_criteria = 0;
  int64_t II_users_rate_min_bp = 0, II_users_rate_below_bp = 0, II_points_exact = 0;
  int64_t II_offenders_rate_min_bp = 0, II_offenders_rate_below_bp = 0;
  int64_t II_plants_min = 0, II_plants_below = 0, II_area_min_x100 = 0, II_area_below_x100 = 0;
  int II_dd_type_III_criteria_min = 0;
  // Type III (Điều 4 khoản 3)
  int type_III_min_criteria = 0;
  int64_t III_users_rate_below_bp = 0, III_offenders_rate_below_bp = 0, III_plants_below = 0, III_area_below_x100 = 0;
};

struct ProvinceThresholds {  // Điều 5
  int min_criteria = 0;
  int64_t users_rate_min_bp = 0, points_min = 0, offenders_rate_min_bp = 0, key_commune_share_min_bp = 0;
  int64_t plants_min = 0, area_min_x100 = 0;
};

struct DrugFreeThresholds {  // Điều 6
  int64_t users_max = 0, violators_max = 0, wanted_hiding_max = 0, points_max = 0;
};

struct EvaluationCalendar {  // Điều 7
  MonthDay window_start, window_end, report_before, approval_before;
};

struct Interpretations {
  bool type_III_counts_zero_values = false;
  // true (the shipped default): a value above a band also meets the lower type's criterion (0.6% meets
  // I.a, II.a and III.a), so a commune worse than a band never falls out of every type; false: the bands
  // of Điều 4 are read as written (II.a is 0.1% to below 0.5%, so 0.6% meets I.a but not II.a).
  bool higher_values_meet_lower_criteria = true;
  std::array<KeyType, 3> type_precedence{KeyType::I, KeyType::II, KeyType::III};
  bool drug_free_excludes_key_type = true;
};

struct AreaRules {
  std::string pack_id;
  CommuneThresholds commune;
  ProvinceThresholds province;
  DrugFreeThresholds drug_free;
  EvaluationCalendar calendar;
  Interpretations interpretation;

  // Throws std::out_of_range for an absent param, rules::UnknownRuleValue for an unknown one,
  // std::invalid_argument for a malformed one (e.g. windows that do not tile the year).
  static AreaRules from_pack(const rules::RulePack& pack);
};

// The "areas" pack that governs evaluation year `year`: the one in force on the last day of
// that year's window (the day the commune's status is assessed). Throws std::out_of_range.
const rules::RulePack& areas_pack_for_year(const rules::RuleBook& book, int year);

}  // namespace pcmt::areas
