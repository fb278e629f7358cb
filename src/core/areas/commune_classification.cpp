#include "core/areas/commune_classification.hpp"

#include <algorithm>

#include "core/areas/rate.hpp"

namespace pcmt::areas {

namespace {

void add_once(std::vector<KeyType>& v, KeyType t) {
  if (std::find(v.begin(), v.end(), t) == v.end()) v.push_back(t);
}

// The types the criteria leave possible. Types are tried in the pack's precedence order
// (I before II before III by default): the first type that qualifies is the commune's type;
// an undecided type keeps both itself and the types after it open; none qualifying gives "none".
std::vector<KeyType> possible_types(const CommuneCriteriaResults& criteria, const AreaRules& r) {
  std::vector<KeyType> out;
  for (KeyType t : r.interpretation.type_precedence) {
    const Tri q = qualifies_as(t, criteria, r);
    if (q == Tri::no) continue;
    out.push_back(t);
    if (q == Tri::yes) return out;
  }
  out.push_back(KeyType::none);
  return out;
}

// Interpretation (pack switch): a drug-free commune carries no key type.
void apply_drug_free(std::vector<KeyType>& types, Tri drug_free, const AreaRules& r) {
  if (!r.interpretation.drug_free_excludes_key_type || drug_free == Tri::no) return;
  if (drug_free == Tri::yes) types.clear();
  add_once(types, KeyType::none);
}

}  // namespace

Tri CommuneClassification::is_type_I_or_II() const {
  const auto key = [](KeyType t) { return t == KeyType::I || t == KeyType::II; };
  const bool all = std::all_of(possible_types.begin(), possible_types.end(), key);
  const bool any = std::any_of(possible_types.begin(), possible_types.end(), key);
  return all ? Tri::yes : any ? Tri::unknown : Tri::no;
}

CommuneClassification classify_commune(const CommuneFacts& f, const AreaRules& r) {
  CommuneClassification c;
  c.code = f.code;
  c.criteria = evaluate_commune_criteria(f, r);
  c.drug_free = assess_drug_free(f, r);
  c.possible_types = possible_types(c.criteria, r);
  apply_drug_free(c.possible_types, c.drug_free.drug_free, r);
  if (c.possible_types.size() == 1) c.type = c.possible_types.front();
  c.missing = missing_fields(f);
  c.users_rate_percent = rate_percent(f.managed_users, f.population);
  c.offenders_rate_percent = rate_percent(f.arrested_offenders, f.population);
  return c;
}

}  // namespace pcmt::areas
