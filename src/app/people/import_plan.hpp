#pragma once
// An import in two steps, so the import job (import_job.hpp) can write it in chunks: the plan —
// every row read and validated, its lifecycle derived, nothing written — and the insertion of a
// range of the planned rows under person ids reserved beforehand.
#include <vector>

#include "app/people/import.hpp"
#include "app/people/lifecycle_store.hpp"
#include "app/people/person.hpp"

namespace pcmt::app::people {

struct ImportRow {
  int line = 0;
  Person person;
  std::vector<StoredEvent> events;  // the status, when given
  bool ok = true;
};

struct ImportPlan {
  ImportReport report;
  std::vector<ImportRow> rows;
  std::vector<Derived> derived;  // per row
};

// Reads and validates the file (no writes): report.errors lists every bad row.
ImportPlan plan_import(store::Connection& db, const Actor& actor, const ImportRequest& req, calendar::Date today);
// The 422 import.invalid_rows a plan with errors answers.
Error invalid_rows(const ImportReport& report);
// Inserts rows [begin, end) of a plan without errors, row i as person person_ids[i], inside the
// caller's transaction. 409 person.id_taken when someone registered one of the IDs meanwhile.
void insert_planned(store::Connection& db, const Actor& actor, ImportPlan& plan, const std::vector<int64_t>& person_ids,
                    size_t begin, size_t end);
// The import's audit row (inside the transaction that completes it).
void audit_import(store::Connection& db, const Actor& actor, const ImportPlan& plan);

}  // namespace pcmt::app::people
