#include "app/areas/key_routes.hpp"

#include <boost/json.hpp>

#include <algorithm>

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

KeyRoute route_of(store::Connection& db, const store::Row& r) {
  KeyRoute k{r.i64(0), r.str(1), r.str(2), r.str(3), r.str(4), r.opt_str(5), r.str(6), {}};
  for (const auto& c :
       db.query("SELECT commune_code FROM area_route_communes WHERE route_id = $1 ORDER BY commune_code", {k.id}).rows)
    k.communes.push_back(c.str(0));
  return k;
}

std::optional<KeyRoute> find(store::Connection& db, const Actor& actor, int64_t id) {
  store::Params p{id};
  std::string where = " WHERE id = $1";
  if (actor.role != Role::admin) {
    p.push_back(actor.province_code);
    where += " AND province_code = $2";
  }
  auto r = db.query(std::string(kSelect) + where, p);
  if (r.empty()) return std::nullopt;
  return route_of(db, r.rows[0]);
}

void require_keeper(const Actor& actor) {
  if (actor.role != Role::admin && actor.role != Role::standing_office) throw forbidden();
}

Error invalid(const char* field, const std::string& message) {
  return bad_request("area.field_invalid", message, field);
}

std::optional<std::string> cleaned(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return text::to_nfc(std::string(text::trim(*s)));
}

// The input trimmed and checked; on creation the required fields must be there.
KeyRouteInput checked(store::Connection& db, const KeyRouteInput& raw, const std::string& province, bool creating) {
  KeyRouteInput in;
  in.name = cleaned(raw.name);
  if ((creating || in.name) && (!in.name || in.name->empty())) throw invalid("name", "Tên tuyến là bắt buộc");
  in.scope = cleaned(raw.scope);
  if ((creating || in.scope) && in.scope != "intra" && in.scope != "inter")
    throw invalid("scope", "Phạm vi tuyến phải là intra (nội tỉnh) hoặc inter (liên tỉnh)");
  in.active_from = cleaned(raw.active_from);
  if ((creating || in.active_from) && (!in.active_from || !calendar::Date::parse(*in.active_from)))
    throw invalid("active_from", "Ngày bắt đầu phải là ngày hợp lệ dạng YYYY-MM-DD");
  if (raw.active_to) {
    auto to = cleaned(*raw.active_to);
    if (to && !calendar::Date::parse(*to)) throw invalid("active_to", "Ngày kết thúc phải là ngày hợp lệ dạng YYYY-MM-DD");
    in.active_to = to;
  }
  in.note = cleaned(raw.note);
  if (raw.communes) {
    std::vector<std::string> codes;
    for (const auto& code : *raw.communes) {
      if (!commune_in_province(db, code, province))
        throw invalid("communes", "Danh sách xã chỉ gồm mã xã, phường của tỉnh");
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
void check_dates(const KeyRoute& route) {
  if (route.active_to && *route.active_to < route.active_from)
    throw bad_request("area.date_order", "Ngày kết thúc không được trước ngày bắt đầu " + route.active_from,
                      "active_to");
}

// The audited fields of a route as the audit trail records their old and new values.
json::object audited(const KeyRoute& k) {
  json::array communes;
  for (const auto& c : k.communes) communes.emplace_back(c);
  return {{"name", k.name},
          {"scope", k.scope},
          {"active_from", k.active_from},
          {"active_to", k.active_to ? json::value(*k.active_to) : json::value(nullptr)},
          {"note", k.note},
          {"communes", std::move(communes)}};
}

const std::vector<AuditedKey> kAuditedKeys{{"name"}, {"scope"}, {"active_from"}, {"active_to"}, {"note"}, {"communes"}};

}  // namespace

std::vector<KeyRoute> list_key_routes(store::Connection& db, const Actor& actor) {
  store::Params p;
  std::string where;
  if (actor.role != Role::admin) {
    p.push_back(actor.province_code);
    where = " WHERE province_code = $1";
  }
  std::vector<KeyRoute> out;
  for (const auto& r : db.query(std::string(kSelect) + where + " ORDER BY name, id", p).rows)
    out.push_back(route_of(db, r));
  return out;
}

KeyRoute get_key_route(store::Connection& db, const Actor& actor, int64_t id) {
  auto r = find(db, actor, id);
  if (!r) throw not_found();
  return *r;
}

KeyRoute create_key_route(store::Connection& db, const Actor& actor, const KeyRouteInput& raw) {
  require_keeper(actor);
  const std::string province = actor.province_code;
  store::Transaction tx(db);
  const auto in = checked(db, raw, province, true);
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

KeyRoute update_key_route(store::Connection& db, const Actor& actor, int64_t id, const KeyRouteInput& raw) {
  store::Transaction tx(db);
  auto before = find(db, actor, id);
  if (!before) throw not_found();
  require_keeper(actor);
  const auto in = checked(db, raw, before->province_code, false);
  const std::optional<std::string> to = in.active_to ? *in.active_to : before->active_to;
  db.query("UPDATE area_routes SET name = $1, scope = $2, active_from = $3, active_to = $4, note = $5, updated_at = $6 "
           "WHERE id = $7",
           {in.name.value_or(before->name), in.scope.value_or(before->scope),
            in.active_from.value_or(before->active_from), to, in.note.value_or(before->note), now_seconds(), id});
  if (in.communes) write_communes(db, id, *in.communes);
  auto out = find(db, actor, id);
  check_dates(*out);
  const auto changes = changes_between(audited(*before), audited(*out), kAuditedKeys);
  if (!changes) return *before;  // nothing changed: no audit row (the transaction rolls back)
  auto e = audit_of(actor, "update", id, before->province_code);
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
  auto e = audit_of(actor, "delete", id, before->province_code);
  e.reason = deletion_reason(reason);
  db.query("DELETE FROM area_route_communes WHERE route_id = $1", {id});
  db.query("DELETE FROM area_routes WHERE id = $1", {id});
  append_audit(db, e);
  tx.commit();
}

}  // namespace pcmt::app::areas
