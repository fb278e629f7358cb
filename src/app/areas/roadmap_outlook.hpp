#pragma once
// The roadmap's outlook for leaders: the trend of approved drug-free communes
// projected to 2030 next to the yearly targets, and the communes closest to becoming drug-free
// in a year, with what each is missing.
#include <boost/json.hpp>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::areas {

// The last year of the national roadmap (Chỉ thị / Nghị quyết targets: ≥ 50% drug-free by 2030).
constexpr int kRoadmapHorizon = 2030;

// roadmap() plus "projection": {enough_history, slope_per_year, history: [{year, communes}],
// years: [{year, communes, trend, target_communes}]}. History is every year with an approved
// assessment or a frozen list, counted as the approved communes of that year.
boost::json::object roadmap_outlook(store::Connection& db, const Actor& actor);

// The communes of the actor's scope not drug-free in `year`, closest first (fewest unmet
// criteria, then fewest cases above the thresholds), at most `limit`, with `total` of them.
boost::json::object closest_communes(store::Connection& db, const Actor& actor, int year, int limit);

}  // namespace pcmt::app::areas
