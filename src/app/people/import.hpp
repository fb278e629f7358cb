#pragma once
// Importing a commune's existing list of people from CSV or XLSX: columns found
// by header wording or an explicit mapping; every row validated (personal ID parsed and
// cross-checked, a known commune inside the caller's unit, real dates, known drug types and
// statuses); duplicates flagged (the same ID in the file or the registry is an error; a close name
// with the same birth date and commune is shown, not refused); and all or nothing: one bad row and
// nothing is imported. A row may carry the person's current status, recorded as the first
// lifecycle event so deadlines are computed at once.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/error.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct ImportRequest {
  std::string format;   // "csv" | "xlsx"
  std::string content;  // CSV text or XLSX bytes
  std::map<std::string, std::string> mapping;  // field → header in the file
  std::string commune;  // used for rows without a commune column
  bool commit = false;  // false: validate and report only
};

struct ImportDuplicate {
  int line = 0;
  std::optional<int64_t> person_id;  // a similar person already registered (visible to the caller)
  int other_line = 0;                // or a similar row of the same file
};

struct ImportReport {
  int rows = 0, valid = 0, imported = 0;
  bool committed = false;
  std::map<std::string, std::string> columns;  // field → header found
  std::vector<RowError> errors;
  std::vector<ImportDuplicate> duplicates;
};

// Roles that register people. With commit and errors: 422 import.invalid_rows listing every bad
// row, nothing written. Audited when committed.
ImportReport import_people(store::Connection& db, const Actor& actor, const ImportRequest& req, calendar::Date today);

// The fields an import reads, for documentation and the UI's mapping screen.
std::vector<std::pair<std::string, std::string>> import_fields();

// The workbook to fill in: one column per field, headed by its Vietnamese name, and an example row.
std::string people_import_template();

}  // namespace pcmt::app::people
