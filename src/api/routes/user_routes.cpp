// User administration (admin only; the checks live in app/users).
#include "api/json_io.hpp"
#include "api/params.hpp"
#include "api/routes/routes.hpp"
#include "api/table_xlsx.hpp"
#include "app/error.hpp"
#include "app/user_import.hpp"

namespace pcmt::api {
namespace {

json::array user_items(Context& c, const Paging& pg, int64_t& total) {
  json::array items;
  for (const auto& u : app::list_users(c.db, c.actor(), c.req.query_or("q"), pg.page, pg.page_size, total))
    items.push_back(to_json(u));
  return items;
}

std::map<std::string, std::string, std::less<>> role_labels() {
  std::map<std::string, std::string, std::less<>> out;
  for (auto r : {app::Role::admin, app::Role::standing_office, app::Role::leader, app::Role::agency, app::Role::commune,
                 app::Role::auditor})
    out.emplace(app::to_string(r), app::role_label(r));
  return out;
}

json::object to_json(const app::UserImport& result, bool committed) {
  json::array rows;
  int64_t invalid = 0;
  for (const auto& r : result.rows) {
    json::array errors;
    for (const auto& e : r.errors) errors.emplace_back(e);
    invalid += r.errors.empty() ? 0 : 1;
    rows.push_back(json::object{{"line", r.line},
                                {"username", r.username},
                                {"full_name", r.full_name},
                                {"role", r.role},
                                {"scope", r.scope},
                                {"scope_name", r.scope_name},
                                {"errors", std::move(errors)}});
  }
  return {{"rows", std::move(rows)},
          {"valid", static_cast<int64_t>(result.rows.size()) - invalid},
          {"invalid", invalid},
          {"created", result.created},
          {"committed", committed}};
}

const std::vector<Column>& user_columns() {
  static const std::vector<Column> columns{
      {"Tên đăng nhập", "username", CellKind::text, 20},
      {"Họ và tên", "full_name", CellKind::text, 28},
      {"Vai trò", "role", CellKind::text, 22, role_labels()},
      {"Phạm vi", "scope.name", CellKind::text, 30},
      {"Mã phạm vi", "scope.id", CellKind::text, 12},
      {"Mã tỉnh", "province_code", CellKind::text, 8},
      {"Đã khóa", "disabled", CellKind::yes_no, 9},
      {"Phải đổi mật khẩu", "must_change_password", CellKind::yes_no, 12},
  };
  return columns;
}

}  // namespace

void add_user_routes(Router& r) {
  r.add("GET", "/api/v1/users", Access::session, BodyKind::none, [](Context& c) {
    const Paging pg = paging(c.req);
    int64_t total = 0;
    auto items = user_items(c, pg, total);
    return json_response(200, page_json(std::move(items), total, pg));
  });
  r.add("GET", "/api/v1/users/export.xlsx", Access::session, BodyKind::none, [](Context& c) {
    int64_t total = 0;
    return table_xlsx(user_items(c, export_paging(), total), user_columns(), "Nguoi dung", "nguoi-dung.xlsx");
  });
  r.add("POST", "/api/v1/users", Access::session, BodyKind::json, [](Context& c) {
    auto b = body_object(c.req);
    app::NewUser u{opt_string(b, "username").value_or(""), opt_string(b, "full_name").value_or(""),
                   opt_string(b, "role").value_or(""), opt_string(b, "scope").value_or(""),
                   opt_string(b, "password").value_or("")};
    return json_response(201, to_json(app::create_user(c.db, c.actor(), u)));
  });
  r.add("GET", "/api/v1/users/import/template.xlsx", Access::session, BodyKind::none, [](Context& c) {
    app::require_admin(c.actor());
    return xlsx_download(app::user_import_template(), "mau-nhap-nguoi-dung.xlsx");
  });
  r.add("POST", "/api/v1/users/import", Access::session, BodyKind::json, [](Context& c) {
    const auto b = body_object(c.req);
    app::UserImportRequest req;
    req.format = opt_string(b, "format").value_or("csv");
    req.content = table_content(b);
    req.initial_password = opt_string(b, "initial_password").value_or("");
    req.commit = opt_bool(b, "commit").value_or(false);
    return json_response(req.commit ? 201 : 200, to_json(app::import_users(c.db, c.actor(), req), req.commit));
  });
  r.add("PATCH", "/api/v1/users/{id}", Access::session, BodyKind::json, [](Context& c) {
    auto b = body_object(c.req);
    app::UserPatch p{opt_string(b, "full_name"), opt_string(b, "role"), opt_string(b, "scope"),
                     opt_string(b, "password"), opt_bool(b, "disabled")};
    return json_response(200, to_json(app::update_user(c.db, c.actor(), path_id(c.req), p)));
  });
}

}  // namespace pcmt::api
