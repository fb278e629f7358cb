// Sign-in, sign-out, the current user, password change.
#include "api/json_io.hpp"
#include "api/routes/routes.hpp"
#include "api/session_cookie.hpp"
#include "app/users.hpp"

namespace pcmt::api {
namespace {

json::object me_json(Context& c, const app::Session& s) {
  const std::string scope_name = app::resolve_scope(c.db, s.actor.role, s.actor.scope.to_string()).name;
  return {{"user", to_json(s.actor, scope_name)}, {"csrf_token", s.csrf_token}};
}

}  // namespace

void add_auth_routes(Router& r) {
  r.add("POST", "/api/v1/auth/login", Access::open, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    const auto username = opt_string(body, "username").value_or("");
    const auto password = opt_string(body, "password").value_or("");
    app::Session s = app::login(c.db, username, password, c.req.client_ip);
    Response res = json_response(200, me_json(c, s));
    res.headers.emplace_back("Set-Cookie", session_cookie(s.token));
    return res;
  });
  r.add("POST", "/api/v1/auth/logout", Access::own_account, BodyKind::none, [](Context& c) {
    app::logout(c.db, *c.session);
    Response res = no_content();
    res.headers.emplace_back("Set-Cookie", expired_session_cookie());
    return res;
  });
  r.add("GET", "/api/v1/me", Access::own_account, BodyKind::none,
        [](Context& c) { return json_response(200, me_json(c, *c.session)); });
  r.add("POST", "/api/v1/me/password", Access::own_account, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    app::change_password(c.db, *c.session, req_string(body, "current_password"), req_string(body, "new_password"));
    return no_content();
  });
}

}  // namespace pcmt::api
