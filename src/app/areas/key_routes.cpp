#include "app/areas/key_routes.hpp"

#include "app/areas/registry.hpp"
#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "core/calendar/date.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::areas {
namespace {

namespace json = boost::json;

constexpr const char* kSelect = "SELECT id, province_code, name, scope, active_from, active_to, note FROM area_routes";

json::object route_json(store::Connection& db, const store::Row& r) {
  json::array communes;
  for (const auto& c :
       db.query("SELECT commune_code FROM area_route_communes WHERE route_id = $1 ORDER BY commune_code", {r.i64(0)}).rows)
    communes.push_back(json::string(c.str(0)));
  return {{"id", r.i64(0)},        {"province_code", r.str(1)}, {"name", r.str(2)},
          {"scope", r.str(3)},     {"active_from", r.str(4)},   {"active_to", r.is_null(5) ? json::value(nullptr) : json::value(r.str(5))},
          {"note", r.str(6)},      {"communes", std::move(communes)}};
}

std::optional<json::object> find(store::Connection& db, const Actor& actor, int64_t id) {
  store::Params p{id};
  std::string where = " WHERE id = $1";
  if (actor.role != Role::admin) {
    p.push_back(actor.province_code);
    where += " AND province_code = $2";
  }
  auto r = db.query(std::string(kSelect) + where, p);
  if (r.empty()) return std::nullopt;
  return route_json(db, r.rows[0]);
}

void require_keeper(const Actor& actor) {
  if (actor.role != Role::admin && actor.role != Role::standing_office) throw forbidden();
}

Error invalid(const char* field, const std::string& message) {
  return bad_request("area.field_invalid", message, field);
}

struct RouteInput {
  std::optional<std::string> name, scope, active_from, note;
  std::optional<std::optional<std::string>> active_to;
  std::optional<std::vector<std::string>> communes;
};

RouteInput read_input(store::Connection& db, const json::object& body, const std::string& province, bool creating) {
  RouteInput in;
  auto str = [&](const char* key) -> std::optional<std::string> {
    const auto* v = body.if_contains(key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_string()) throw invalid(key, std::string("Trường ") + key + " phải là chuỗi ký tự");
    return text::to_nfc(std::string(text::trim(std::string_view(v->as_string()))));
  };
  in.name = str("name");
  if ((creating || in.name) && (!in.name || in.name->empty())) throw invalid("name", "Tên tuyến là bắt buộc");
  in.scope = str("scope");
  if ((creating || in.scope) && in.scope != "intra" && in.scope != "inter")
    throw invalid("scope", "Phạm vi tuyến phải là intra (nội tỉnh) hoặc inter (liên tỉnh)");
  in.active_from = str("active_from");
  if ((creating || in.active_from) && (!in.active_from || !calendar::Date::parse(*in.active_from)))
    throw invalid("active_from", "Ngày bắt đầu phải là ngày hợp lệ dạng YYYY-MM-DD");
  if (body.contains("active_to")) {
    auto to = str("active_to");
    if (to && !calendar::Date::parse(*to)) throw invalid("active_to", "Ngày kết thúc phải là ngày hợp lệ dạng YYYY-MM-DD");
    in.active_to = to;
  }
  in.note = str("note");
  if (const auto* v = body.if_contains("communes")) {
    if (!v->is_array()) throw invalid("communes", "Danh sách xã phải là mảng mã xã");
    std::vector<std::string> codes;
    for (const auto& c : v->as_array()) {
      if (!c.is_string() || !commune_in_province(db, std::string(c.as_string()), province))
        throw invalid("communes", "Danh sách xã chỉ gồm mã xã, phường của tỉnh");
      const std::string code(c.as_string());
      if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    }
    in.communes = std::move(codes);
  }
  return in;
}

void write_communes(store::Connection& db, int64_t id, const std::vector<std::string>& codes) {
  db.query("DELETE FROM area_route_communes WHERE route_id = $1", {id});
  for (const auto& c : codes) db.query("INSERT INTO area_route_communes (route_id, commune_code) VALUES ($1, $2)", {id, c});
}

AuditEvent audit_of(const Actor& actor, const char* verb, int64_t id, const std::string& province) {
  auto e = event_by(actor, std::string("area_route.") + verb, "area_route", std::to_string(id));
  e.province_code = province;
  return e;
}

// 400 area.date_order when the route ends before it starts.
void check_dates(const json::object& route) {
  const auto& to = route.at("active_to");
  if (to.is_string() && to.as_string() < route.at("active_from").as_string())
    throw bad_request("area.date_order",
                      "Ngày kết thúc không được trước ngày bắt đầu " + std::string(route.at("active_from").as_string()),
                      "active_to");
}

const std::vector<AuditedKey> kAuditedKeys{{"name"}, {"scope"}, {"active_from"}, {"active_to"}, {"note"}, {"communes"}};

}  // namespace

json::array list_key_routes(store::Connection& db, const Actor& actor) {
  store::Params p;
  std::string where;
  if (actor.role != Role::admin) {
    p.push_back(actor.province_code);
    where = " WHERE province_code = $1";
  }
  json::array out;
  for (const auto& r : db.query(std::string(kSelect) + where + " ORDER BY name, id", p).rows)
    out.push_back(route_json(db, r));
  return out;
}

json::object get_key_route(store::Connection& db, const Actor& actor, int64_t id) {
  auto r = find(db, actor, id);
  if (!r) throw not_found();
  return *r;
}

json::object create_key_route(store::Connection& db, const Actor& actor, const json::object& body) {
  require_keeper(actor);
  const std::string province = actor.province_code;
  store::Transaction tx(db);
  const auto in = read_input(db, body, province, true);
  const int64_t now = now_seconds();
  const std::optional<std::string> to = in.active_to ? *in.active_to : std::nullopt;
  const int64_t id = db.query("INSERT INTO area_routes (province_code, name, scope, active_from, active_to, note, "
                              "created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) "
                              "RETURNING id",
                              {province, *in.name, *in.scope, *in.active_from, to, in.note.value_or(""), actor.user_id, now})
                         .one()
                         .i64(0);
  write_communes(db, id, in.communes.value_or(std::vector<std::string>{}));
  auto out = find(db, actor, id);
  check_dates(*out);
  append_audit(db, audit_of(actor, "create", id, province));
  tx.commit();
  return *out;
}

json::object update_key_route(store::Connection& db, const Actor& actor, int64_t id, const json::object& body) {
  store::Transaction tx(db);
  auto before = find(db, actor, id);
  if (!before) throw not_found();
  require_keeper(actor);
  const std::string province(before->at("province_code").as_string());
  const auto in = read_input(db, body, province, false);
  auto keep = [&](const std::optional<std::string>& v, const char* key) {
    return v ? *v : std::string(before->at(key).as_string());
  };
  std::optional<std::string> to;
  if (in.active_to)
    to = *in.active_to;
  else if (before->at("active_to").is_string())
    to = std::string(before->at("active_to").as_string());
  db.query("UPDATE area_routes SET name = $1, scope = $2, active_from = $3, active_to = $4, note = $5, updated_at = $6 "
           "WHERE id = $7",
           {keep(in.name, "name"), keep(in.scope, "scope"), keep(in.active_from, "active_from"), to,
            keep(in.note, "note"), now_seconds(), id});
  if (in.communes) write_communes(db, id, *in.communes);
  auto out = find(db, actor, id);
  check_dates(*out);
  const auto changes = changes_between(*before, *out, kAuditedKeys);
  if (!changes) return *before;  // nothing changed: no audit row (the transaction rolls back)
  auto e = audit_of(actor, "update", id, province);
  e.detail_json = json::serialize(*changes);
  append_audit(db, e);
  tx.commit();
  return *out;
}

void delete_key_route(store::Connection& db, const Actor& actor, int64_t id, const std::string& reason) {
  store::Transaction tx(db);
  auto before = find(db, actor, id);
  if (!before) throw not_found();
  require_keeper(actor);
  auto e = audit_of(actor, "delete", id, std::string(before->at("province_code").as_string()));
  e.reason = deletion_reason(reason);
  db.query("DELETE FROM area_route_communes WHERE route_id = $1", {id});
  db.query("DELETE FROM area_routes WHERE id = $1", {id});
  append_audit(db, e);
  tx.commit();
}

}  // namespace pcmt::app::areas
