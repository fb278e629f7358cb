#pragma once
// A commune's classification for one evaluation year under QĐ 28/2025/QĐ-TTg: its key type
// (Điều 4), its drug-free assessment (Điều 6), every criterion with its outcome, and the
// numbers behind them. The same function serves `pcmt classify` and the application.
#include <optional>
#include <string>
#include <vector>

#include "core/areas/commune_criteria.hpp"
#include "core/areas/drug_free.hpp"

namespace pcmt::areas {

struct CommuneClassification {
  std::string code;
  // The type, or nullopt when missing facts leave more than one type possible
  // ("insufficient data"); possible_types then lists them and `missing` names the facts.
  std::optional<KeyType> type;
  std::vector<KeyType> possible_types;
  CommuneCriteriaResults criteria{};  // aligned with commune_criteria()
  DrugFreeAssessment drug_free;
  std::vector<std::string> missing;   // facts not known (see kCommuneFactFields)
  std::optional<double> users_rate_percent, offenders_rate_percent;  // for display only

  // Whether the commune counts among the type I and II communes of Điều 5 criterion 4.
  Tri is_type_I_or_II() const;
};

CommuneClassification classify_commune(const CommuneFacts& f, const AreaRules& r);

}  // namespace pcmt::areas
