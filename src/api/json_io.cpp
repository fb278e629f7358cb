#include "api/json_io.hpp"

#include "app/base64.hpp"
#include "app/error.hpp"
#include "core/calendar/instant.hpp"

namespace pcmt::api {
namespace {

app::Error invalid(const char* key, const std::string& expected) {
  return app::bad_request("request.invalid", std::string("Trường ") + key + " phải là " + expected, key);
}

}  // namespace

json::object body_object(const Request& req) {
  json::error_code ec;
  json::value v = json::parse(req.body, ec);
  if (ec || !v.is_object())
    throw app::bad_request("request.bad_json", "Dữ liệu gửi lên không phải JSON hợp lệ");
  return std::move(v.as_object());
}

std::optional<std::string> opt_string(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_string()) throw invalid(key, "chuỗi ký tự");
  return std::string(v->as_string());
}

std::optional<int64_t> opt_int(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64() && v->as_uint64() <= static_cast<uint64_t>(INT64_MAX)) return static_cast<int64_t>(v->as_uint64());
  throw invalid(key, "số nguyên");
}

std::optional<bool> opt_bool(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_bool()) throw invalid(key, "true hoặc false");
  return v->as_bool();
}

std::string req_string(const json::object& o, const char* key) {
  auto s = opt_string(o, key);
  if (!s) throw app::bad_request("request.missing_field", std::string("Thiếu trường ") + key, key);
  return *s;
}

bool has_null(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_null();
}

std::string table_content(const json::object& b) {
  if (auto text = opt_string(b, "content")) return *text;
  const auto encoded = opt_string(b, "content_base64");
  if (!encoded) throw app::bad_request("request.missing_field", "Thiếu nội dung tệp (content hoặc content_base64)", "content");
  auto bytes = app::from_base64(*encoded);
  if (!bytes) throw app::bad_request("request.invalid", "content_base64 không phải base64 hợp lệ", "content_base64");
  return std::move(*bytes);
}

Response json_response(int status, const json::value& v) {
  Response r;
  r.status = status;
  r.body = json::serialize(v);
  return r;
}

Response job_started(int64_t job_id) { return json_response(202, json::object{{"job_id", job_id}}); }

Response no_content() {
  Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

json::object page_json(json::array items, int64_t total, const Paging& p) {
  return {{"items", std::move(items)}, {"total", total}, {"page", p.page}, {"page_size", p.page_size}};
}

json::object to_json(const app::Commune& c) {
  json::object o{{"code", c.code},           {"name", c.name},
                 {"kind", c.kind},           {"province_code", c.province_code},
                 {"province_name", c.province_name}, {"is_border", c.is_border},
                 {"is_remote", c.is_remote}};
  o["population"] = c.population ? json::value(*c.population) : json::value(nullptr);
  o["updated_at"] = c.updated_at ? json::value(calendar::iso_utc(*c.updated_at)) : json::value(nullptr);
  return o;
}

json::object to_json(const app::UserView& u) {
  return {{"id", u.id},
          {"username", u.username},
          {"full_name", u.full_name},
          {"role", std::string(app::to_string(u.role))},
          {"scope",
           {{"kind", std::string(app::to_string(u.scope.scope.kind))}, {"id", u.scope.scope.id}, {"name", u.scope.name}}},
          {"province_code", u.scope.province_code},
          {"disabled", u.disabled},
          {"must_change_password", u.must_change_password}};
}

json::object to_json(const app::AgencyView& a) {
  json::array aliases;
  for (const auto& s : a.aliases) aliases.emplace_back(s);
  return {{"id", a.id},     {"code", a.code}, {"name", a.name}, {"kind", a.kind}, {"province_code", a.province_code},
          {"aliases", std::move(aliases)}};
}

json::object to_json(const app::AuditRow& a) {
  json::error_code ec;
  json::value detail = json::parse(a.detail_json, ec);
  if (ec) detail = json::object();
  json::object o{{"seq", a.seq},         {"at", calendar::iso_utc(a.at_ms, true)}, {"actor", a.actor},
                 {"action", a.action},   {"object_type", a.object_type},      {"object_id", a.object_id},
                 {"detail", std::move(detail)}};
  o["reason"] = a.reason ? json::value(*a.reason) : json::value(nullptr);
  o["actor_name"] = a.actor_name ? json::value(*a.actor_name) : json::value(nullptr);
  o["object_name"] = a.object_name ? json::value(*a.object_name) : json::value(nullptr);
  json::object names;
  for (const auto& [code, name] : a.names) names[code] = name;
  o["names"] = std::move(names);
  return o;
}

json::object to_json(const app::Actor& a, const std::string& scope_name) {
  return {{"id", a.user_id},
          {"username", a.username},
          {"full_name", a.full_name},
          {"role", std::string(app::to_string(a.role))},
          {"scope", {{"kind", std::string(app::to_string(a.scope.kind))}, {"id", a.scope.id}, {"name", scope_name}}},
          {"province_code", a.province_code},
          {"disabled", false},
          {"must_change_password", a.must_change_password}};
}

}  // namespace pcmt::api
