#pragma once
// Rehab facilities (cơ sở cai nghiện ma túy) and substitution-treatment facilities (cơ sở điều trị
// thay thế): a registry with capacity, and occupancy derived from the people in each one's care.
// A facility may be linked to an agency of the catalogue; that agency's accounts are the
// facility's staff and see only the people in its care.
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::facilities {

struct Facility {
  int64_t id = 0;
  std::string province_code, kind, name, address;
  int64_t capacity = 0, occupancy = 0;
  std::optional<int64_t> agency_id;
  std::string agency_name;
};

struct FacilityInput {
  std::optional<std::string> province_code, kind, name, address;
  std::optional<int64_t> capacity, agency_id;
  bool clear_agency = false;
};

// Every role that reads people sees the facilities of its province (admin: any, ?province=).
std::vector<Facility> list_facilities(store::Connection& db, const Actor& actor, const std::string& province,
                                      const std::string& kind);
Facility get_facility(store::Connection& db, const Actor& actor, int64_t id);  // 404 out of scope
// Admin and standing office; audited. 409 facility.name_taken for a second facility of that name.
Facility create_facility(store::Connection& db, const Actor& actor, const FacilityInput& in);
Facility update_facility(store::Connection& db, const Actor& actor, int64_t id, const FacilityInput& in);

// What other modules read of facilities (reference data: each caller keeps its own actor's scope).
struct FacilityRef {
  int64_t id = 0;
  std::string kind, name;
};
std::optional<FacilityRef> find(store::Connection& db, int64_t id);
// The facilities of a province ("" = of every province).
std::vector<FacilityRef> of_province(store::Connection& db, const std::string& province);
// A subquery for another module's query: the ids of the facilities linked to the agency whose id is
// the SQL expression `agency` (a placeholder or a column).
std::string of_agency_sql(const std::string& agency);

}  // namespace pcmt::app::facilities
