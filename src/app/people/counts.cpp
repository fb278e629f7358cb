#include "app/people/counts.hpp"

namespace pcmt::app::people {
namespace {

std::string in_list(const std::vector<std::string>& values) {
  std::string s;
  for (const auto& v : values) s += (s.empty() ? "'" : ", '") + v + "'";  // fixed codes, not input
  return "(" + s + ")";
}

}  // namespace

std::string occupancy_sql(const std::string& facility_id) {
  return "(SELECT COUNT(*) FROM people po WHERE po.facility_id = " + facility_id + ")";
}

std::map<std::string, StateCount> count_in_states_by_commune(store::Connection& db, const std::string& province,
                                                             const std::string& day,
                                                             const std::vector<std::string>& states,
                                                             const std::vector<std::string>& subset,
                                                             const std::string& commune) {
  // A state period [from, to) holds the day; each person has one state a day, so counts once.
  store::Params p{province, day};
  std::string only;
  if (!commune.empty()) {
    p.push_back(commune);
    only = " AND commune_code = $3";
  }
  std::map<std::string, StateCount> out;
  for (const auto& r : db.query("SELECT commune_code, COUNT(*), SUM(CASE WHEN state IN " + in_list(subset) +
                                    " THEN 1 ELSE 0 END) FROM person_state_periods WHERE province_code = $1 AND "
                                    "state IN " +
                                    in_list(states) + " AND from_date <= $2 AND (to_date IS NULL OR to_date > $2)" +
                                    only + " GROUP BY commune_code",
                                p)
                           .rows)
    out[r.str(0)] = {r.i64(1), r.is_null(2) ? 0 : r.i64(2)};
  return out;
}

}  // namespace pcmt::app::people
