#pragma once
// Residence linkage: an extract of the population/residence database (CSV or XLSX
// of personal ID, name, birth date, registered commune, address) compared with the registry. Each
// registered person in the caller's unit is found by personal ID and marked agrees, differs (the
// fields named) or not_found; people the extract registers in another commune are listed for the
// dossier transfer. The last result per person is kept (person_residence_links) and audited.
// A comparison runs as a job (linkage_job.hpp); this file holds the comparison itself and the reads.
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

// The extract as read: its rows by personal ID, and the rows it could not read (skipped, not fatal).
struct ExtractRow {
  std::string full_name_key, birth_date, commune, address_key;
};
struct Extract {
  int rows = 0;
  std::vector<RowError> errors;
  std::map<std::string, ExtractRow> by_id;
};
// Throws the table's refusals (format, encoding, missing columns; file bounds).
Extract read_extract(store::Connection& db, const Actor& actor, const LinkageRequest& req);

// The people a comparison covers, `limit` at a time in id order after `after_id`, each compared with the
// extract: the rows of person_residence_links' columns (person_id, province_code, commune_code, status,
// differences, registered_commune_code, registered_address, checked_by, checked_at), and the counts
// added to `report` (compared, agrees, differs, not_found, elsewhere).
struct ComparedBatch {
  std::vector<store::Params> links;
  int64_t last_id = 0;
};
ComparedBatch compare_people(store::Connection& db, const Actor& actor, const Extract& extract,
                             const std::string& commune, int64_t after_id, int limit, int64_t checked_at,
                             LinkageReport& report);
// How many people a comparison covers.
int64_t people_to_compare(store::Connection& db, const Actor& actor, const std::string& commune);

// The links a comparison job has staged (person_residence_link_staging) that do not agree, in person id
// order, as its report lists them.
std::vector<LinkageItem> staged_disagreements(store::Connection& db, const Actor& actor, int64_t job_id);

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
