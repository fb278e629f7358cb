#pragma once
// The agency catalogue of each province (sở, ban, ngành, đoàn thể, cơ quan ngành dọc, UBND xã):
// canonical names and aliases, to which plans assign work.
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

// Seeds the shipped catalogue (data/reference/agencies.csv) into every province; existing rows kept.
int load_agencies(store::Connection& db);

}  // namespace pcmt::app
