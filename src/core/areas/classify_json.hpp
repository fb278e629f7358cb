#pragma once
// One classification run: every commune of a facts document and its province, for one
// evaluation year, and its JSON form (the output contract of `pcmt classify`).
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/areas/facts_json.hpp"
#include "core/areas/province_assessment.hpp"
#include "core/rules/rule_pack.hpp"

namespace pcmt::areas {

struct ClassificationRun {
  int year = 0;
  std::string pack_id;
  std::vector<CommuneClassification> communes;  // in the order of the facts
  ProvinceAssessment province;
};

ClassificationRun classify_all(const ProvinceFacts& province, const std::vector<CommuneFacts>& communes,
                               const AreaRules& rules, int year);

// The contract's document. `explain` adds the rates, the possible types, the sources of every
// criterion, the province totals and the year's window and rule pack.
boost::json::object to_json(const ClassificationRun& run, const AreaRules& rules, bool explain);

// Facts JSON in, result JSON out. The year is `year` if given, else the document's "year",
// else `default_year`; the pack is the one governing that year. Throws FactsError for bad
// facts, std::out_of_range when no "areas" pack governs the year.
std::string classify_json(std::string_view facts_json, const rules::RuleBook& book, std::optional<int> year,
                          int default_year, bool explain = false);

}  // namespace pcmt::areas
