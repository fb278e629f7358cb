#pragma once
// An agency files its report for one instance: progress, narrative, quantitative results and
// evidence files. A returned report is answered by filing again; an accepted one is final.
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

constexpr size_t kMaxFiles = 10;
constexpr size_t kMaxFileBytes = 15u << 20;   // base64 in a 20 MiB request
constexpr size_t kMaxNarrativeBytes = 100'000;
constexpr size_t kMaxResults = 200;

struct FileUpload {
  std::string name, content_type, bytes;
};

struct ReportInput {
  std::string progress;  // not_started | in_progress | done
  std::string narrative;
  std::vector<ResultItem> results;
  std::vector<FileUpload> files;
};

// Only a user of the instance's agency files it (403 otherwise; 404 when out of scope).
// 409 report.already_accepted; 400 report.* naming the field.
ReportView submit_report(store::Connection& db, const Actor& actor, int64_t instance_id, const ReportInput& in);

}  // namespace pcmt::app::plans
