// Health check and the API description.
#include "api/json_io.hpp"
#include "api/routes/routes.hpp"
#include "core/resources.hpp"

namespace pcmt::api {

void add_meta_routes(Router& r) {
  r.add("GET", "/healthz", Access::open, BodyKind::none, [](Context& c) {
    c.db.query("SELECT 1");  // healthy means the database answers too
    return json_response(200, json::object{{"status", "ok"}});
  });
  r.add("GET", "/api/v1/openapi.json", Access::open, BodyKind::none, [](Context&) {
    Response res;
    res.body = std::string(resource("src/api/openapi.json").value_or("{}"));
    return res;
  });
}

}  // namespace pcmt::api
