#pragma once
// Statistics of the registry per province and commune: people under illegal-user
// management, addicts, each rehab form, substitution treatment, post-rehab management — by age band
// (< 14, 14–<16, 16–<18, 18–<30, ≥ 30; QĐ 13/2019, domain rule 39), sex and drug type. Counted in
// SQL from the materialised states, so a province of any size is a handful of grouped reads.
#include <map>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct CategoryCounts {
  std::string code, label;
  int64_t total = 0;
  std::map<std::string, int64_t> by_sex, by_age_band, by_drug_type;
};

struct CommuneCounts {
  std::string code, name;
  std::map<std::string, int64_t> by_category;
};

struct Statistics {
  std::string as_of, province, commune;
  std::vector<CategoryCounts> categories;
  std::vector<CommuneCounts> communes;
};

// The categories in report order: code, Vietnamese label.
const std::vector<std::pair<std::string, std::string>>& statistic_categories();

// `commune` narrows to one commune; `province` selects the province for an admin (others: their
// own). A commune user gets its commune, a facility the people in its care.
Statistics people_statistics(store::Connection& db, const Actor& actor, const std::string& province,
                             const std::string& commune, calendar::Date today);

}  // namespace pcmt::app::people
