#pragma once
// Reads the facts document of `pcmt classify --facts FILE` (its contract):
// {"year": 2025?, "province": {"code": "40", "on_inter_provincial_route": false, ...},
//  "communes": [{"code": "16681", "population": 25000, ...}, ...]}
// An absent or null fact is "not known"; a present fact of the wrong type is an error
// naming the field. Fields are described in docs/classification.md.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/areas/facts.hpp"

namespace pcmt::areas {

// Bad input: a stable code for programs, the offending field, a Vietnamese message.
struct FactsError : std::invalid_argument {
  FactsError(std::string code, std::string field, std::string message);
  std::string code, field, message;
};

struct ClassificationFacts {
  std::optional<int> year;  // evaluation year, when the document names it
  ProvinceFacts province;
  std::vector<CommuneFacts> communes;
};

ClassificationFacts parse_facts_json(std::string_view text);  // throws FactsError

}  // namespace pcmt::areas
