#pragma once
// The lifecycle of a point or hotspot: found → verified → being_dismantled → eliminated → watched,
// one step at a time, each with its date. A point recorded at the place of an eliminated (or
// watched) point of the same commune is flagged re-formed (tái hình thành) and linked to it.
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "app/actor.hpp"
#include "app/areas/registry.hpp"
#include "store/db.hpp"

namespace pcmt::app::areas {

// The status a point may move to from `from`, or nullopt at the end of the lifecycle.
std::optional<std::string_view> next_point_status(std::string_view from);

// Registry hook: the folded address, and on creation the first status and re-formation.
void prepare_point_write(store::Connection& db, const std::string& commune, bool creating, Columns& cols);

// Moves the point one step; 409 area.point_transition when `to` is not the next status, 400 when
// the date is not a date or precedes the previous step's. Audited; returns the point.
json::object change_point_status(store::Connection& db, const Actor& actor, int64_t id, const std::string& to,
                                 const std::string& date, const std::string& note);

// The status changes of a point in scope, oldest first.
json::array point_history(store::Connection& db, const Actor& actor, int64_t id);

}  // namespace pcmt::app::areas
