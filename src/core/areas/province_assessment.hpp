#pragma once
// Province-level key complex area (địa bàn cấp tỉnh trọng điểm phức tạp về ma túy),
// QĐ 28/2025/QĐ-TTg Điều 5: at least 4 of 6 criteria, as a table {id, source, test}.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/areas/commune_classification.hpp"

namespace pcmt::areas {

// The province's figures: given totals, or sums over its communes (unknown if any part is).
struct ProvinceTotals {
  std::optional<int64_t> population, managed_users, use_points, arrested_offenders, plants, plant_area_m2_x100;
  std::optional<bool> on_inter_provincial_route;
  int64_t commune_count = 0;
  int64_t key_communes_certain = 0;   // communes classified type I or II
  int64_t key_communes_possible = 0;  // ... plus those whose missing data leaves I or II open
};

ProvinceTotals province_totals(const ProvinceFacts& p, std::span<const CommuneFacts> communes,
                               std::span<const CommuneClassification> classified);

struct ProvinceCriterion {
  std::string_view id;  // "1" … "6", in the order of Điều 5
  std::string_view source;
  Tri (*test)(const ProvinceTotals&, const ProvinceThresholds&);
};

std::span<const ProvinceCriterion> province_criteria();

struct ProvinceAssessment {
  std::string code;
  Tri key_complex = Tri::unknown;
  std::array<Tri, 6> criteria{};  // aligned with province_criteria()
  ProvinceTotals totals;
  // Figures not known: a total (a commune lacks it and no total was given), the route flag,
  // "commune_count" when there are no communes, "commune_types" when some commune is undecided.
  std::vector<std::string> missing;
  std::optional<double> users_rate_percent, offenders_rate_percent, key_commune_share_percent;  // display
};

// `classified` must be the classifications of `communes`, in the same order.
ProvinceAssessment assess_province(const ProvinceFacts& p, std::span<const CommuneFacts> communes,
                                   std::span<const CommuneClassification> classified, const AreaRules& r);

}  // namespace pcmt::areas
