// Health check and the API description.
#include "api/json_io.hpp"
#include "api/routes/routes.hpp"
#include "core/resources.hpp"

namespace pcmt::api {
namespace {

// The OpenAPI document is kept in one file per module (src/api/openapi/*.json: base.json holds info and
// components, every other file {"paths": {...}}), so modules never edit each other's part; they are merged once.
std::string openapi_document() {
  json::object doc;
  json::object paths;
  for (const auto& r : resources()) {
    if (!r.path.starts_with("src/api/openapi/")) continue;
    json::value part = json::parse(r.bytes);
    if (r.path.ends_with("/base.json")) {
      doc = part.as_object();
      continue;
    }
    for (const auto& [path, item] : part.as_object().at("paths").as_object()) paths[path] = item;
  }
  doc["paths"] = std::move(paths);
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
