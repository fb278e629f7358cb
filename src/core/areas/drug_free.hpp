#pragma once
// Drug-free area (địa bàn không ma túy), QĐ 28/2025/QĐ-TTg Điều 6: all three criteria must hold.
// A table of {id, source, test}, thresholds from the rule pack.
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/areas/area_rules.hpp"
#include "core/areas/facts.hpp"
#include "core/areas/tri.hpp"

namespace pcmt::areas {

// What keeps a commune from a criterion: how many above the threshold in all, and the same in
// Vietnamese for the people who must act on it ("còn 2 người cư trú vi phạm pháp luật về ma túy").
struct DrugFreeShortfall {
  int64_t excess = 0;  // 0 when the criterion holds or a fact is unknown
  std::string text;    // empty when excess is 0
};

struct DrugFreeCriterion {
  std::string_view id;  // "a", "b", "c"
  std::string_view source;
  Tri (*test)(const CommuneFacts&, const DrugFreeThresholds&);
  DrugFreeShortfall (*shortfall)(const CommuneFacts&, const DrugFreeThresholds&);
};

std::span<const DrugFreeCriterion> drug_free_criteria();

struct DrugFreeAssessment {
  Tri drug_free = Tri::unknown;
  std::array<Tri, 3> criteria{Tri::unknown, Tri::unknown, Tri::unknown};  // aligned with drug_free_criteria()
  std::vector<std::string> unmet() const;      // ids of the criteria known not to hold
  std::vector<std::string> undecided() const;  // ids that lack a fact
};

DrugFreeAssessment assess_drug_free(const CommuneFacts& f, const AreaRules& r);

}  // namespace pcmt::areas
