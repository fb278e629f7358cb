// The audit trail, for auditors and admins.
#include "api/json_io.hpp"
#include "api/routes/routes.hpp"
#include "api/table_xlsx.hpp"
#include "app/error.hpp"

namespace pcmt::api {
namespace {

app::AuditPage audit_page(Context& c, const Paging& pg) {
  app::AuditFilter f{c.req.query_or("actor"), c.req.query_or("action"), c.req.query_or("object_type"),
                     c.req.query_or("from"),  c.req.query_or("to"),     pg.page,
                     pg.page_size};
  return app::list_audit(c.db, c.actor(), f);
}

// Details stay the JSON the trail holds: they are evidence, read as written.
const std::vector<Column>& audit_columns() {
  static const std::vector<Column> columns{
      {"Số thứ tự", "seq", CellKind::number, 10},
      {"Thời điểm", "at", CellKind::moment, 17},
      {"Người thực hiện", "actor", CellKind::text, 20},
      {"Hành động", "action", CellKind::text, 26},
      {"Loại đối tượng", "object_type", CellKind::text, 16},
      {"Mã đối tượng", "object_id", CellKind::text, 16},
      {"Lý do", "reason", CellKind::text, 30},
      {"Chi tiết", "detail", CellKind::text, 60},
  };
  return columns;
}

}  // namespace

void add_audit_routes(Router& r) {
  r.add("GET", "/api/v1/audit", Access::session, BodyKind::none, [](Context& c) {
    const Paging pg = paging(c.req);
    auto page = audit_page(c, pg);
    json::array items;
    for (const auto& a : page.items) items.push_back(to_json(a));
    return json_response(200, page_json(std::move(items), page.total, pg));
  });
  r.add("GET", "/api/v1/audit/export.xlsx", Access::session, BodyKind::none, [](Context& c) {
    json::array items;
    for (const auto& a : audit_page(c, export_paging()).items) items.push_back(to_json(a));
    return table_xlsx(items, audit_columns(), "Nhat ky", "nhat-ky.xlsx");
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
