#include "api/routes/key_route_json.hpp"

#include "app/error.hpp"

namespace pcmt::api {
namespace json = boost::json;

json::object to_json(const app::areas::KeyRoute& k) {
  json::array communes;
  for (const auto& c : k.communes) communes.emplace_back(c);
  return {{"id", k.id},
          {"province_code", k.province_code},
          {"name", k.name},
          {"scope", k.scope},
          {"active_from", k.active_from},
          {"active_to", k.active_to ? json::value(*k.active_to) : json::value(nullptr)},
          {"note", k.note},
          {"communes", std::move(communes)}};
}

namespace {

app::Error invalid(const char* field, const std::string& message) {
  return app::bad_request("area.field_invalid", message, field);
}

// A string field; null or absent is nullopt.
std::optional<std::string> text(const json::object& body, const char* key) {
  const auto* v = body.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_string()) throw invalid(key, std::string("Trường ") + key + " phải là chuỗi ký tự");
  return std::string(v->as_string());
}

}  // namespace

app::areas::KeyRouteInput key_route_input(const json::object& body) {
  app::areas::KeyRouteInput in;
  in.name = text(body, "name");
  in.scope = text(body, "scope");
  in.active_from = text(body, "active_from");
  if (body.contains("active_to")) in.active_to = text(body, "active_to");
  in.note = text(body, "note");
  if (const auto* v = body.if_contains("communes")) {
    if (!v->is_array()) throw invalid("communes", "Danh sách xã phải là mảng mã xã");
    std::vector<std::string> codes;
    for (const auto& c : v->as_array()) {
      if (!c.is_string()) throw invalid("communes", "Danh sách xã chỉ gồm mã xã, phường của tỉnh");
      codes.emplace_back(c.as_string());
    }
    in.communes = std::move(codes);
  }
  return in;
}

}  // namespace pcmt::api
