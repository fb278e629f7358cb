// The agency catalogue.
#include "api/json_io.hpp"
#include "api/routes/routes.hpp"

namespace pcmt::api {

void add_agency_routes(Router& r) {
  r.add("GET", "/api/v1/agencies", Access::session, BodyKind::none, [](Context& c) {
    const Paging pg = paging(c.req);
    auto page = app::list_agencies(c.db, c.actor(), {c.req.query_or("province"), c.req.query_or("q"), pg.page, pg.page_size});
    json::array items;
    for (const auto& a : page.items) items.push_back(to_json(a));
    return json_response(200, page_json(std::move(items), page.total, pg));
  });
  r.add("POST", "/api/v1/agencies", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    app::NewAgency a{req_string(body, "name"), req_string(body, "kind"), {}};
    if (const auto* al = body.if_contains("aliases"); al && al->is_array())
      for (const auto& v : al->as_array())
        if (v.is_string()) a.aliases.emplace_back(v.as_string());
    return json_response(201, to_json(app::create_agency(c.db, c.actor(), a)));
  });
}

}  // namespace pcmt::api
