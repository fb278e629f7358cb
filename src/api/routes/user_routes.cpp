// User administration (admin only; the checks live in app/users).
#include "api/json_io.hpp"
#include "api/params.hpp"
#include "api/routes/routes.hpp"
#include "app/error.hpp"

namespace pcmt::api {

void add_user_routes(Router& r) {
  r.add("GET", "/api/v1/users", Access::session, BodyKind::none, [](Context& c) {
    const Paging pg = paging(c.req);
    int64_t total = 0;
    auto users = app::list_users(c.db, c.actor(), c.req.query_or("q"), pg.page, pg.page_size, total);
    json::array items;
    for (const auto& u : users) items.push_back(to_json(u));
    return json_response(200, page_json(std::move(items), total, pg));
  });
  r.add("POST", "/api/v1/users", Access::session, BodyKind::json, [](Context& c) {
    auto b = body_object(c.req);
    app::NewUser u{opt_string(b, "username").value_or(""), opt_string(b, "full_name").value_or(""),
                   opt_string(b, "role").value_or(""), opt_string(b, "scope").value_or(""),
                   opt_string(b, "password").value_or("")};
    return json_response(201, to_json(app::create_user(c.db, c.actor(), u)));
  });
  r.add("PATCH", "/api/v1/users/{id}", Access::session, BodyKind::json, [](Context& c) {
    auto b = body_object(c.req);
    app::UserPatch p{opt_string(b, "full_name"), opt_string(b, "role"), opt_string(b, "scope"),
                     opt_string(b, "password"), opt_bool(b, "disabled")};
    return json_response(200, to_json(app::update_user(c.db, c.actor(), path_id(c.req), p)));
  });
}

}  // namespace pcmt::api
