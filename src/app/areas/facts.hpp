#pragma once
// The facts QĐ 28/2025/QĐ-TTg classifies, counted from the area registries and the people
// registry for every commune of a province over one evaluation window. How each fact is counted
// is documented in docs/areas.md; a commune without a recorded population has an unknown
// population (never zero), so its rates stay undecided.
#include <string>
#include <vector>

#include "app/areas/window.hpp"
#include "core/areas/facts.hpp"
#include "store/db.hpp"

namespace pcmt::app::areas {

struct CommuneFactsRow {
  std::string name;
  pcmt::areas::CommuneFacts facts;
};

struct ProvinceFactsSet {
  pcmt::areas::ProvinceFacts province;
  std::vector<CommuneFactsRow> communes;  // every commune of the province, by code
};

// All communes of `province`; with `only_commune`, that commune alone (read by its own indexes).
// The province's route flag and commune count stay complete, its totals then cover that commune
// only: callers of a one-commune set do not report the province.
ProvinceFactsSet count_facts(store::Connection& db, const std::string& province, const IsoWindow& w,
                             const std::string& only_commune = {});

// Lifecycle states (src/core/people/state.hpp) counted as "addicts and illegal users with
// management records" (criteria I.a, II.a, III.a), and those of them excluded from drug-free
// criterion a (substitution treatment, home/community rehab, post-rehab management).
const std::vector<std::string>& managed_user_states();
const std::vector<std::string>& drug_free_excluded_states();

}  // namespace pcmt::app::areas
