#pragma once
// Key routes as the API reads and writes them (OpenAPI AreaKeyRoute, AreaKeyRouteInput).
#include <boost/json.hpp>

#include "app/areas/key_routes.hpp"

namespace pcmt::api {

boost::json::object to_json(const app::areas::KeyRoute& k);
// The fields present in the body; 400 area.field_invalid for a field of the wrong type.
app::areas::KeyRouteInput key_route_input(const boost::json::object& body);

}  // namespace pcmt::api
