#pragma once
// Residence linkage: an extract of the population/residence database (CSV or XLSX
// of personal ID, name, birth date, registered commune, address) compared with the registry. Each
// registered person in the caller's unit is found by personal ID and marked agrees, differs (the
// fields named) or not_found; people the extract registers in another commune are listed for the
// dossier transfer. The last result per person is kept (person_residence_links) and audited.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/error.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct LinkageRequest {
  std::string format, content;
  std::map<std::string, std::string> mapping;
  std::string commune;  // narrows the comparison to one commune of the caller's unit
};

struct LinkageItem {
  int64_t person_id = 0;
  std::string personal_id, full_name, commune_code;
  std::string status;                    // agrees | differs | not_found
  std::vector<std::string> differences;  // full_name, birth_date, commune, address
  std::optional<std::string> registered_commune_code, registered_commune_name;
  bool registered_elsewhere = false;
};

struct LinkageReport {
  int extract_rows = 0, compared = 0, agrees = 0, differs = 0, not_found = 0, elsewhere = 0, not_in_registry = 0;
  std::vector<RowError> errors;     // unreadable extract rows (skipped, not fatal)
  std::vector<LinkageItem> items;   // every person that does not agree
};

// Roles that register people (admin, standing office, commune).
LinkageReport link_residence(store::Connection& db, const Actor& actor, const LinkageRequest& req);

struct LinkageFilter {
  std::string status, commune;
  bool elsewhere_only = false;
  int page = 1, page_size = 50;
};
struct LinkagePage {
  std::vector<LinkageItem> items;
  int64_t total = 0;
};
// The kept results, e.g. the people registered elsewhere (to transfer the dossier). Audited as a read.
LinkagePage list_residence_links(store::Connection& db, const Actor& actor, const LinkageFilter& f);

}  // namespace pcmt::app::people
