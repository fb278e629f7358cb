#pragma once
// The yearly drug-free assessment of a commune (QĐ 28/2025/QĐ-TTg Điều 6–7): the commune proposes
// when the three criteria hold, the standing office reviews, the province leadership approves or
// rejects with reasons; the approved list of the year is then frozen and exported for the report
// due before 20/12. The facts and result seen at proposal are kept with the assessment.
#include <boost/json.hpp>

#include <optional>
#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::areas {

// The commune user for its commune, or the standing office / admin for any commune in scope.
// 409 area.drug_free_not_met (with the unmet or undecided criteria) unless the commune is drug-free
// now; 409 area.drug_free_exists when an assessment of the year is pending or approved;
// 409 area.drug_free_frozen once the year's list is frozen. A rejected one may be proposed again.
boost::json::object propose_drug_free(store::Connection& db, const Actor& actor, const std::string& commune, int year);
// One assessment in scope with the evidence frozen at proposal; 404 out of scope.
boost::json::object get_drug_free(store::Connection& db, const Actor& actor, int64_t id);
// Standing office (or admin): proposed → reviewed.
boost::json::object review_drug_free(store::Connection& db, const Actor& actor, int64_t id, const std::string& note);
// The province's decision on one assessment, as its document says.
struct DrugFreeDecision {
  bool approve = false;
  std::string reason;
  std::string number;  // decision number, e.g. "123/QĐ-UBND": required to approve
  std::string date;    // date of issue, YYYY-MM-DD, not after today: required to approve
};
// Leader (or admin): reviewed → approved with the decision's number and date (400 area.decision_number_required,
// area.decision_date_invalid), or → rejected with a reason (400 area.reason_required).
boost::json::object decide_drug_free(store::Connection& db, const Actor& actor, int64_t id, const DrugFreeDecision& d);
// The assessments of the province and year in scope; each approved one carries at_risk when the
// commune no longer meets the criteria today; plus whether the list is frozen.
// How many of a province's assessments are in a status (what waits for a leader or the standing office).
int64_t count_drug_free_in_status(store::Connection& db, const std::string& province, const std::string& status);

boost::json::object list_drug_free(store::Connection& db, const Actor& actor, int year);
// Leader (or admin): freezes the approved list of the actor's province for the year.
boost::json::object freeze_drug_free(store::Connection& db, const Actor& actor, int year);
// The approved communes of the year as an XLSX workbook (frozen list when frozen).
std::string export_drug_free_xlsx(store::Connection& db, const Actor& actor, int year);

// Roadmap: the province's yearly targets (count or share of communes, up to 2030) against the
// approved drug-free communes of each year.
boost::json::object set_roadmap_target(store::Connection& db, const Actor& actor, int year,
                                       std::optional<int64_t> count, std::optional<int64_t> share_bp,
                                       const std::string& note);
boost::json::object roadmap(store::Connection& db, const Actor& actor);

}  // namespace pcmt::app::areas
