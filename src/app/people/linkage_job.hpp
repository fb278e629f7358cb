#pragma once
// A residence linkage runs as a job. The extract is read first (reads only); then the people of the
// caller's unit are compared in id order, a thousand per write transaction, their links staged under
// the job (person_residence_link_staging) with the last id done, so a crashed run resumes after it.
// The last chunk replaces the compared people's kept links with the staged ones and writes the audit
// row in one transaction: a reader sees the previous comparison or the whole new one, never half.
// A cancel, a refusal or too many crashes drop the staged links and keep the previous ones.
#include <string_view>

#include "app/jobs/run.hpp"
#include "app/people/linkage.hpp"

namespace pcmt::app::people {

constexpr std::string_view kLinkageJob = "people.residence_linkage";

// Roles that register people (admin, standing office, commune). Checks the caller and enqueues the job.
int64_t start_linkage(store::Connection& db, const Actor& actor, const LinkageRequest& req);

void run_residence_linkage(jobs::Run& run);

}  // namespace pcmt::app::people
