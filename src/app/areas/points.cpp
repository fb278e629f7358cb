#include "app/areas/points.hpp"

#include <array>
#include <cmath>

#include "app/clock.hpp"
#include "app/error.hpp"
#include "core/calendar/date.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::areas {
namespace {

struct Step {
  std::string_view status, date_column;
};
// In lifecycle order; each status has the column its date is kept in.
constexpr std::array<Step, 5> kLifecycle{{{"found", "found_date"},
                                          {"verified", "verified_date"},
                                          {"being_dismantled", "dismantling_date"},
                                          {"eliminated", "eliminated_date"},
                                          {"watched", "watched_date"}}};

// Two records within this distance are the same place: GPS fixes taken by phone on the ground
// differ by tens of metres, while two distinct points rarely share a building.
constexpr double kSamePlaceMetres = 50;

double metres_between(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthRadius = 6'371'000, kRad = 3.14159265358979323846 / 180;
  const double x = (lon2 - lon1) * kRad * std::cos((lat1 + lat2) / 2 * kRad), y = (lat2 - lat1) * kRad;
  return std::sqrt(x * x + y * y) * kEarthRadius;
}

std::optional<store::Value> column(const Columns& cols, std::string_view name) {
  for (const auto& [n, v] : cols)
    if (n == name) return v;
  return std::nullopt;
}

}  // namespace

std::optional<std::string_view> next_point_status(std::string_view from) {
  for (size_t i = 0; i + 1 < kLifecycle.size(); ++i)
    if (kLifecycle[i].status == from) return kLifecycle[i + 1].status;
  return std::nullopt;
}

void prepare_point_write(store::Connection& db, const std::string& commune, bool creating, Columns& cols) {
  // Copies: appending to `cols` below moves its elements.
  const std::optional<store::Value> address = column(cols, "address");
  const std::optional<store::Value> lat = column(cols, "lat"), lon = column(cols, "lon");
  const bool has_address = address && address->kind() == store::Value::Kind::text;
  if (has_address) cols.emplace_back("address_key", text::search_key(address->text()));
  if (!creating) return;
  cols.emplace_back("status", "found");
  // The place of an earlier point that was eliminated: the same folded address, or coordinates close by.
  const std::string key = has_address ? text::search_key(address->text()) : "";
  const bool located = lat && lon && lat->kind() == store::Value::Kind::real && lon->kind() == store::Value::Kind::real;
  std::optional<int64_t> earlier;
  auto rows = db.query(
      "SELECT id, address_key, lat, lon FROM area_points WHERE commune_code = $1 AND status IN ('eliminated', "
      "'watched') ORDER BY id DESC",
      {commune});
  for (const auto& r : rows.rows) {
    const bool same_address = !key.empty() && r.str(1) == key;
    const bool close_by = located && !r.is_null(2) && !r.is_null(3) &&
                          metres_between(lat->real(), lon->real(), r.f64(2), r.f64(3)) <= kSamePlaceMetres;
    if (same_address || close_by) {
      earlier = r.i64(0);
      break;
    }
  }
  cols.emplace_back("reformed", earlier.has_value());
  cols.emplace_back("reformed_from", earlier);
}

json::object change_point_status(store::Connection& db, const Actor& actor, int64_t id, const std::string& to,
                                 const std::string& date, const std::string& note) {
  const Registry& reg = registry("points");
  store::Transaction tx(db);
  auto point = get_record(db, actor, reg, id);
  if (!can_edit_areas(actor)) throw forbidden();
  const std::string from(point.at("status").as_string());
  const auto next = next_point_status(from);
  if (!next || *next != to)
    throw conflict("area.point_transition",
                   "Không thể chuyển điểm từ trạng thái \"" + from + "\" sang \"" + to + "\"" +
                       (next ? "; bước tiếp theo là \"" + std::string(*next) + "\"" : "; điểm đã ở bước cuối"),
                   "status");
  if (!calendar::Date::parse(date))
    throw bad_request("area.field_invalid", "Ngày chuyển trạng thái phải là ngày hợp lệ dạng YYYY-MM-DD", "date");
  // The date of the current step: the new one cannot precede it.
  std::string previous_date;
  std::string_view date_column;
  for (const auto& s : kLifecycle) {
    if (s.status == from) previous_date = std::string(point.at(s.date_column).as_string());
    if (s.status == to) date_column = s.date_column;
  }
  if (date < previous_date)
    throw bad_request("area.date_order", "Ngày chuyển trạng thái không được trước ngày " + previous_date, "date");
  const int64_t now = now_seconds();
  db.query("UPDATE area_points SET status = $1, " + std::string(date_column) + " = $2, updated_at = $3 WHERE id = $4",
           {to, date, now, id});
  db.query("INSERT INTO area_point_status_changes (point_id, from_status, to_status, change_date, note, changed_by, "
           "changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
           {id, from, to, date, std::string(text::trim(note)), actor.user_id, now});
  audit_status_change(db, actor, "area_point", id, std::string(point.at("province_code").as_string()), from, to, date);
  auto out = get_record(db, actor, reg, id);
  tx.commit();
  return out;
}

json::array point_history(store::Connection& db, const Actor& actor, int64_t id) {
  get_record(db, actor, registry("points"), id);  // 404 out of scope
  json::array out;
  for (const auto& r : db.query("SELECT from_status, to_status, change_date, note, changed_at FROM "
                                "area_point_status_changes WHERE point_id = $1 ORDER BY id",
                                {id})
                           .rows)
    out.push_back(json::object{{"from", r.str(0)}, {"to", r.str(1)}, {"date", r.str(2)}, {"note", r.str(3)},
                               {"at", r.i64(4)}});
  return out;
}

}  // namespace pcmt::app::areas
