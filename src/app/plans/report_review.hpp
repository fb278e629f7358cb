#pragma once
// The standing office accepts a report or returns it with a comment. The agency is notified
// in its inbox; an accepted "done" report from a lead agency marks the task done.
#include <string>

#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

// decision: "accepted" | "returned" (a comment is required to return). Plan managers only (403);
// 404 out of scope; 409 report.not_awaiting_review when the report is not the instance's latest
// unreviewed one.
ReportView review_report(store::Connection& db, const Actor& actor, int64_t report_id, const std::string& decision,
                         const std::string& comment);

}  // namespace pcmt::app::plans
