#pragma once
// What other modules count of people, without reading the people tables themselves.
#include <map>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace pcmt::app::people {

// A subquery for another module's query: how many people are in the care of the facility whose id
// is the SQL expression `facility_id`.
std::string occupancy_sql(const std::string& facility_id);

struct StateCount {
  int64_t in_states = 0;  // people in one of the states
  int64_t in_subset = 0;  // of those, in one of the subset's states
};
// The people of a province (of one commune when `commune` is not empty) whose state on `day`
// (YYYY-MM-DD) is one of `states`, by commune. States are fixed codes, never user input.
std::map<std::string, StateCount> count_in_states_by_commune(store::Connection& db, const std::string& province,
                                                             const std::string& day,
                                                             const std::vector<std::string>& states,
                                                             const std::vector<std::string>& subset,
                                                             const std::string& commune);

}  // namespace pcmt::app::people
