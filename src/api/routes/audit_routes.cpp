// The audit trail, for auditors and admins.
#include "api/json_io.hpp"
#include "api/routes/routes.hpp"
#include "app/error.hpp"

namespace pcmt::api {

void add_audit_routes(Router& r) {
  r.add("GET", "/api/v1/audit", Access::session, BodyKind::none, [](Context& c) {
    const Paging pg = paging(c.req);
    app::AuditFilter f{c.req.query_or("actor"), c.req.query_or("action"), c.req.query_or("object_type"),
                       c.req.query_or("from"),  c.req.query_or("to"),     pg.page,
                       pg.page_size};
    auto page = app::list_audit(c.db, c.actor(), f);
    json::array items;
    for (const auto& a : page.items) items.push_back(to_json(a));
    return json_response(200, page_json(std::move(items), page.total, pg));
  });
  r.add("GET", "/api/v1/audit/verify", Access::session, BodyKind::none, [](Context& c) {
    if (!c.actor().can_read_audit()) throw app::forbidden();
    auto v = app::verify_audit(c.db);
    json::object o{{"ok", v.ok}, {"checked", v.checked}};
    if (v.first_bad_seq) {
      o["first_bad_seq"] = *v.first_bad_seq;
      o["problem"] = v.problem;
    }
    return json_response(200, o);
  });
}

}  // namespace pcmt::api
