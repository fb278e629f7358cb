#pragma once
// The agency catalogue of each province (sở, ban, ngành, đoàn thể, cơ quan ngành dọc, UBND xã):
// canonical names and aliases, to which plans assign work.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app {

struct AgencyView {
  int64_t id = 0;
  std::string code, name, kind, province_code;
  std::vector<std::string> aliases;
};

struct AgencyFilter {
  std::string province, q;
  int page = 1, page_size = 50;
};

struct AgencyPage {
  std::vector<AgencyView> items;
  int64_t total = 0;
};

AgencyPage list_agencies(store::Connection& db, const Actor& actor, const AgencyFilter& f);
std::optional<AgencyView> find_agency(store::Connection& db, int64_t id);

struct NewAgency {
  std::string name, kind;
  std::vector<std::string> aliases;
};
AgencyView create_agency(store::Connection& db, const Actor& actor, const NewAgency& a);

// What other modules read of the catalogue (reference data: each caller keeps its own actor's scope).
bool agency_in_province(store::Connection& db, int64_t id, const std::string& province);
// The province's agency whose name or an alias has this search key (the oldest when several), or nothing.
std::optional<int64_t> agency_by_key(store::Connection& db, const std::string& province, const std::string& key);
// The province's agency with this catalogue code, or nothing.
std::optional<int64_t> agency_by_code(store::Connection& db, const std::string& province, const std::string& code);
// The province's first agency (lowest id), or nothing.
std::optional<int64_t> first_agency(store::Connection& db, const std::string& province);
// Expressions for another module's query: the name of the agency whose id is in `id_column`, and the
// ids of the agencies of the province whose code is the SQL expression `province`.
std::string agency_name_sql(const std::string& id_column);
// The names of these agencies, by id (ids that name no agency are left out).
std::map<int64_t, std::string> agency_names(store::Connection& db, const std::vector<int64_t>& ids);
std::string agencies_of_province_sql(const std::string& province);

// Adds an agency that a plan names and the user confirmed as new, audited ("via": "plan"), in the
// caller's transaction; the caller has checked that the catalogue lacks it.
int64_t add_agency_named_by_plan(store::Connection& db, const Actor& actor, const std::string& province,
                                 const std::string& name, const std::string& kind);

// Seeds the shipped catalogue (data/reference/agencies.csv) into every province; existing rows kept.
int load_agencies(store::Connection& db);

}  // namespace pcmt::app
