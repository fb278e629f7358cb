#include "app/areas/map.hpp"

#include <cmath>
#include <map>

#include "app/areas/classification.hpp"
#include "app/areas/registry.hpp"
#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"

namespace pcmt::app::areas {
namespace json = boost::json;
namespace {

json::value position_json(double lat, double lon, const char* source) {
  return json::object{{"lat", lat}, {"lon", lon}, {"source", source}};
}

// Set positions first; a commune without one gets the mean of its points' coordinates.
std::map<std::string, json::value> commune_positions(store::Connection& db, const std::string& province) {
  std::map<std::string, json::value> out;
  for (const auto& r : db.query("SELECT commune_code, lat, lon FROM area_commune_positions WHERE province_code = $1",
                                {province})
                           .rows)
    out[r.str(0)] = position_json(r.f64(1), r.f64(2), "set");
  for (const auto& r : db.query("SELECT commune_code, AVG(lat), AVG(lon) FROM area_points WHERE province_code = $1 AND "
                                "lat IS NOT NULL AND lon IS NOT NULL GROUP BY commune_code",
                                {province})
                           .rows)
    out.try_emplace(r.str(0), position_json(r.f64(1), r.f64(2), "estimated"));
  return out;
}

}  // namespace

json::object map_data(store::Connection& db, const Actor& actor, int year) {
  const auto classified = classify_province(db, actor, "", year);
  auto positions = commune_positions(db, actor.province_code);

  store::Params p{actor.province_code};
  const std::string scope = area_scope_clause(actor, "t", p);
  json::array points;
  std::map<std::string, int64_t> point_counts;
  for (const auto& r : db.query("SELECT t.id, t.commune_code, t.kind, t.name, t.address, t.status, t.reformed, t.lat, "
                                "t.lon FROM area_points t WHERE t.province_code = $1 AND " + scope +
                                    " ORDER BY t.commune_code, t.id",
                                p)
                           .rows) {
    ++point_counts[r.str(1)];
    points.push_back(json::object{{"id", r.i64(0)},
                                  {"commune_code", r.str(1)},
                                  {"kind", r.str(2)},
                                  {"name", r.str(3)},
                                  {"address", r.str(4)},
                                  {"status", r.str(5)},
                                  {"reformed", r.i64(6) != 0},
                                  {"lat", r.is_null(7) ? json::value(nullptr) : json::value(r.f64(7))},
                                  {"lon", r.is_null(8) ? json::value(nullptr) : json::value(r.f64(8))}});
  }
  json::array communes;
  for (const auto& item : classified.at("communes").as_array()) {
    const auto& c = item.as_object();
    const std::string code(c.at("code").as_string());
    const auto pos = positions.find(code);
    const auto n = point_counts.find(code);
    communes.push_back(json::object{{"code", code},
                                    {"name", c.at("name")},
                                    {"type", c.at("type")},
                                    {"drug_free", c.at("drug_free")},
                                    {"drug_free_unmet", c.at("drug_free_unmet")},
                                    {"position", pos == positions.end() ? json::value(nullptr) : pos->second},
                                    {"points", n == point_counts.end() ? 0 : n->second}});
  }
  return {{"year", year}, {"province_code", actor.province_code}, {"communes", std::move(communes)},
          {"points", std::move(points)}};
}

json::object set_commune_position(store::Connection& db, const Actor& actor, const std::string& code,
                                  std::optional<LatLon> position) {
  if (actor.role != Role::standing_office && actor.role != Role::admin) throw forbidden();
  const Commune commune = get_commune(db, actor, code);  // 404 out of scope
  if (position) {
    if (!std::isfinite(position->lat) || position->lat < -90 || position->lat > 90)
      throw bad_request("area.position_invalid", "Vĩ độ phải là số từ -90 đến 90", "lat");
    if (!std::isfinite(position->lon) || position->lon < -180 || position->lon > 180)
      throw bad_request("area.position_invalid", "Kinh độ phải là số từ -180 đến 180", "lon");
  }
  store::Transaction tx(db);
  db.query("DELETE FROM area_commune_positions WHERE commune_code = $1", {code});
  std::string detail = "{\"cleared\":true}";
  if (position) {
    db.query("INSERT INTO area_commune_positions (commune_code, province_code, lat, lon, set_by, set_at) VALUES ($1, "
             "$2, $3, $4, $5, $6)",
             {code, commune.province_code, position->lat, position->lon, actor.user_id, now_seconds()});
    detail = json::serialize(json::object{{"lat", position->lat}, {"lon", position->lon}});
  }
  auto e = event_by(actor, "area_commune.position", "commune", code);
  e.province_code = commune.province_code;
  e.detail_json = std::move(detail);
  append_audit(db, e);
  tx.commit();
  return {{"code", code},
          {"position", position ? position_json(position->lat, position->lon, "set") : json::value(nullptr)}};
}

}  // namespace pcmt::app::areas
