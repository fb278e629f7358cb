#pragma once
// The plan indicators per commune and for the caller's whole scope, counted from the
// area registries over the evaluation window of a year and of the year before (the same window as the
// classification, 15/12/Y−1 … 14/12/Y), judged by the pure core (core/areas/indicators.hpp) against the
// target in force: the province's own (set here, audited) or the rule pack's default with its source.
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/areas/window.hpp"
#include "core/areas/indicators.hpp"
#include "store/db.hpp"

namespace pcmt::app::areas {

struct IndicatorCommuneRow {
  std::string code, name;
  bool is_border = false;
  pcmt::areas::IndicatorCounts counts;
};

// The windows an indicator year compares: year Y and year Y−1 (the previous one computed with Y's
// calendar, so 2025 compares with 2024 although no QĐ 28 pack governs 2024).
struct IndicatorWindows {
  IsoWindow current, previous;
};
IndicatorWindows indicator_windows(int year);  // 400 area.year_invalid when no pack governs Y

// Counts of every commune of `province` (by code), or of `only_commune` alone: the scope is in the
// WHERE clause of every query, like count_facts.
std::vector<IndicatorCommuneRow> count_indicators(store::Connection& db, const std::string& province,
                                                  const IndicatorWindows& w, const std::string& only_commune = {});

// GET: the targets in force, the total of the caller's scope (the province; a commune user's commune)
// and each commune (or the one `commune` names, 404 out of scope). `province` empty: the actor's; another
// province than the actor's is 404 except for the admin.
boost::json::object indicators(store::Connection& db, const Actor& actor, const std::string& province, int year,
                               const std::string& commune);

// The same for the caller's scope as an XLSX workbook: the targets in force with their basis, and the
// total and each commune with every indicator's numbers and result in words. Audited area_indicators.export.
std::string export_indicators_xlsx(store::Connection& db, const Actor& actor, const std::string& province, int year);

// PUT (leader, standing office, admin): the province's own target of `indicator` from `from_year` on;
// `value` nullopt removes that year's own target (the earlier one or the default applies again).
// 400 area.indicator_invalid, area.target_invalid, area.year_invalid; audited area_indicator_target.set.
boost::json::object set_indicator_target(store::Connection& db, const Actor& actor, const std::string& province,
                                         const std::string& indicator, int from_year, std::optional<int64_t> value,
                                         const std::string& note);

bool can_set_indicator_targets(const Actor& actor);

}  // namespace pcmt::app::areas
