// The province map and the roadmap's outlook: map data, commune positions,
// the tile source, the projection from the trend and the communes closest to drug-free.
#include "api/json_io.hpp"
#include "api/map_tiles.hpp"
#include "api/params.hpp"
#include "api/routes/routes.hpp"
#include "app/areas/map.hpp"
#include "app/areas/roadmap_outlook.hpp"
#include "app/areas/window.hpp"
#include "app/error.hpp"

namespace pcmt::api {
namespace {

namespace ar = app::areas;

int year_query(const Context& c) {
  const auto year = query_integer(c.req, "year", 2000, 2100, "area.year_invalid", "Năm đánh giá phải là số từ 2000 đến 2100");
  return year ? static_cast<int>(*year) : ar::current_evaluation_year();
}

std::optional<double> number_field(const json::object& body, const char* key) {
  const auto* v = body.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_number())
    throw app::bad_request("area.position_invalid", std::string("Trường ") + key + " phải là số", key);
  return v->to_number<double>();
}

}  // namespace

void add_area_map_routes(Router& r) {
  r.add("GET", "/api/v1/areas/map", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ar::map_data(c.db, c.actor(), year_query(c)));
  });
  r.add("GET", "/api/v1/areas/map/config", Access::session, BodyKind::none, [](Context&) {
    const auto& tiles = map_tiles();
    return json_response(200, json::object{{"tile_url", tiles ? json::value(tiles->url_template) : json::value(nullptr)}});
  });
  // {lat, lon} sets the position; {lat: null, lon: null} clears it (the map then estimates it again).
  r.add("PUT", "/api/v1/areas/map/communes/{code}/position", Access::session, BodyKind::json, [](Context& c) {
    const auto body = body_object(c.req);
    const auto lat = number_field(body, "lat"), lon = number_field(body, "lon");
    if (lat.has_value() != lon.has_value())
      throw app::bad_request("area.position_invalid", "Cần nhập cả vĩ độ và kinh độ, hoặc bỏ trống cả hai",
                             lat ? "lon" : "lat");
    std::optional<ar::LatLon> pos;
    if (lat) pos = ar::LatLon{*lat, *lon};
    return json_response(200, ar::set_commune_position(c.db, c.actor(), c.req.params.at("code"), pos));
  });
  r.add("GET", "/api/v1/areas/roadmap/outlook", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ar::roadmap_outlook(c.db, c.actor()));
  });
  r.add("GET", "/api/v1/areas/roadmap/closest", Access::session, BodyKind::none, [](Context& c) {
    const auto limit =
        static_cast<int>(query_integer(c.req, "limit", 1, 500, "request.invalid", "limit phải là số từ 1 đến 500").value_or(10));
    return json_response(200, ar::closest_communes(c.db, c.actor(), year_query(c), limit));
  });
}

}  // namespace pcmt::api
