#pragma once
// Exports to XLSX: the statistics of a province or commune, and the list of people
// matching filters. Each export needs a reason and is written to the audit trail (domain rule 40);
// the personal ID is masked in the list unless the role needs it.
#include <string>

#include "app/actor.hpp"
#include "app/people/search.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

std::string export_statistics(store::Connection& db, const Actor& actor, const std::string& province,
                              const std::string& commune, const std::string& reason, calendar::Date today);

// At most kExportLimit people; 400 people.export_too_large beyond (narrow the filters). The personal
// IDs are masked as in lists unless `full_ids` (403 people.full_ids_forbidden for roles that may not).
std::string export_people(store::Connection& db, const Actor& actor, const SearchQuery& filters,
                          const std::string& reason, bool full_ids = false);

// Writing 50,000 rows holds a handler thread for about a second; a province's list beyond that is filtered first.
inline constexpr int64_t kExportLimit = 50'000;

}  // namespace pcmt::app::people
