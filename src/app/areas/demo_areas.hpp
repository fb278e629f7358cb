#pragma once
// A small synthetic areas registry for the demo province: points with coordinates
// inside Nghệ An's real bounding box, a few cases and offenders, commune positions, roadmap
// targets and two years of approved drug-free communes, so the map, the roadmap's projection
// and the classification have something to show. Every record is marked as demo data.
#include <string>

#include "store/db.hpp"

namespace pcmt::app::areas {

// Deterministic: the same province always gets the same records. Written through the use cases
// (validated and audited like any user's records), as the admin of the province.
void seed_demo_areas(store::Connection& db, const std::string& province);

}  // namespace pcmt::app::areas
