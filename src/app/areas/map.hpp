#pragma once
// The province map: points and hotspots with their coordinates and status, and
// every commune's classification at the commune's position. The official commune list carries
// no coordinates, so a position is either set by the standing office / admin or estimated from
// the mean of the commune's points; a commune with neither is listed without one.
#include <boost/json.hpp>

#include <optional>
#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::areas {

// {year, communes: [{code, name, type, drug_free, position: {lat, lon, source: "set"|"estimated"}
// | null, points}], points: [{id, commune_code, kind, name, address, status, reformed, lat, lon}]},
// all within the actor's scope.
boost::json::object map_data(store::Connection& db, const Actor& actor, int year);

struct LatLon {
  double lat = 0, lon = 0;
};

// Standing office or admin: sets (or, with nullopt, clears) a commune's position; audited
// area_commune.position. 400 area.position_invalid outside the globe; 404 out of scope.
boost::json::object set_commune_position(store::Connection& db, const Actor& actor, const std::string& code,
                                         std::optional<LatLon> position);

}  // namespace pcmt::app::areas
