#pragma once
// The communes closest to becoming drug-free, so leaders can focus resources:
// the communes not (yet) drug-free, ranked by how many of the three criteria of QĐ 28/2025/QĐ-TTg
// Điều 6 they miss, then by how many cases stand above the thresholds, each with what is missing.
// It reads the classification already made (never re-tests a criterion itself).
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/areas/area_rules.hpp"
#include "core/areas/commune_classification.hpp"
#include "core/areas/facts.hpp"

namespace pcmt::areas {

struct MissingCriterion {
  std::string criterion;  // "a", "b", "c"
  std::string source;     // the article
  bool undecided = false; // a fact is not known: the criterion can be neither met nor failed
  int64_t excess = 0;     // cases above the threshold (0 when undecided)
  std::string text;       // Vietnamese: what must change
};

struct ClosestCommune {
  size_t index = 0;  // into the classified communes
  int unmet = 0, undecided = 0;
  int64_t excess = 0;  // sum over the unmet criteria
  std::vector<MissingCriterion> missing;
};

// `facts` and `results` aligned (as classify_all returns them). Drug-free communes are left out;
// the rest ordered by unmet, undecided, excess, then commune code.
std::vector<ClosestCommune> closest_to_drug_free(std::span<const CommuneFacts> facts,
                                                 std::span<const CommuneClassification> results,
                                                 const AreaRules& rules);

}  // namespace pcmt::areas
