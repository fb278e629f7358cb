// Health check and the API description.
#include "api/json_io.hpp"
#include "api/routes/routes.hpp"
#include "core/resources.hpp"

#include <stdexcept>

namespace pcmt::api {
namespace {

// The OpenAPI document is kept in one file per module (src/api/openapi/*.json: base.json holds info and the
// shared components, every other file {"paths": {...}, "components": {...}}), so modules never edit each
// other's part; they are merged once. A component name defined in two files is a mistake, refused loudly.
std::string openapi_document() {
  json::object doc;
  json::object paths;
  json::object components;
  for (const auto& r : resources()) {
    if (!r.path.starts_with("src/api/openapi/")) continue;
    json::object part = json::parse(r.bytes).as_object();
    if (const auto* p = part.if_contains("paths"))
      for (const auto& [path, item] : p->as_object()) paths[path] = item;
    if (const auto* c = part.if_contains("components"))
      for (const auto& [kind, entries] : c->as_object()) {
        json::value& merged = components[kind];
        if (!merged.is_object()) merged = json::object{};
        for (const auto& [name, entry] : entries.as_object())
          if (!merged.as_object().emplace(name, entry).second)
            throw std::logic_error("OpenAPI component " + std::string(kind) + "/" + std::string(name) + " is defined twice");
      }
    if (r.path.ends_with("/base.json")) doc = std::move(part);
  }
  doc["paths"] = std::move(paths);
  doc["components"] = std::move(components);
  return json::serialize(doc);
}

}  // namespace

void add_meta_routes(Router& r) {
  r.add("GET", "/healthz", Access::open, BodyKind::none, [](Context& c) {
    c.db.query("SELECT 1");  // healthy means the database answers too
    return json_response(200, json::object{{"status", "ok"}});
  });
  r.add("GET", "/api/v1/openapi.json", Access::open, BodyKind::none, [](Context&) {
    static const std::string document = openapi_document();
    Response res;
    res.body = document;
    return res;
  });
}

}  // namespace pcmt::api
