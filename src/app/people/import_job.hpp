#pragma once
// A committed import runs as a job. The file is validated first (reads only); then the rows are
// inserted a thousand people per write transaction under person ids reserved up front, and the
// job records after each chunk how many are in. The import is all or nothing for its user: a
// cancel, a conflict (an ID registered meanwhile) or a crash removes the people inserted so far —
// by those reserved ids — before the job ends; after a crash the import then starts over from its
// stored file. The audit row commits with the last chunk.
#include "app/jobs/run.hpp"
#include "app/people/import.hpp"

namespace pcmt::app::people {

constexpr std::string_view kImportJob = "people.import";

// Checks the caller may import and enqueues the job; returns its id.
int64_t start_import(store::Connection& db, const Actor& actor, const ImportRequest& req, calendar::Date today);

void run_people_import(jobs::Run& run);

}  // namespace pcmt::app::people
