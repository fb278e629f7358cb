// Areas: the registries that feed QĐ 28/2025/QĐ-TTg, the point lifecycle, key routes,
// and the classification of communes for an evaluation year.
#include "api/json_io.hpp"
#include "api/params.hpp"
#include "api/routes/key_route_json.hpp"
#include "api/routes/routes.hpp"
#include "api/table_xlsx.hpp"
#include "app/areas/case_status.hpp"
#include "app/areas/classification.hpp"
#include "app/areas/drug_free_workflow.hpp"
#include "app/areas/key_routes.hpp"
#include "app/areas/points.hpp"
#include "app/areas/registry.hpp"
#include "app/areas/window.hpp"
#include "app/error.hpp"
#include "report/xlsx_writer.hpp"

namespace pcmt::api {
namespace {

namespace ar = app::areas;

// ?year=YYYY, or the evaluation year today belongs to.
int year_param(const Context& c, bool default_to_current) {
  const auto y = query_integer(c.req, "year", 2000, 2100, "area.year_invalid", "Năm đánh giá phải là số từ 2000 đến 2100");
  if (!y) return default_to_current ? ar::current_evaluation_year() : 0;
  return static_cast<int>(*y);
}

int body_year(const json::object& body) {
  const auto y = opt_int(body, "year");
  if (!y || *y < 2000 || *y > 2100)
    throw app::bad_request("area.year_invalid", "Năm đánh giá phải là số từ 2000 đến 2100", "year");
  return static_cast<int>(*y);
}

void add_drug_free_routes(Router& r) {
  const std::string base = "/api/v1/areas/drug-free";
  r.add("GET", base, Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ar::list_drug_free(c.db, c.actor(), year_param(c, true)));
  });
  r.add("POST", base, Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    return json_response(201, ar::propose_drug_free(c.db, c.actor(), req_string(body, "commune_code"), body_year(body)));
  });
  // Before "{id}": the export's name is a path segment too.
  r.add("GET", base + "/export.xlsx", Access::session, BodyKind::none, [](Context& c) {
    const int year = year_param(c, true);
    Response resp;
    resp.content_type = report::kXlsxMediaType;
    resp.body = ar::export_drug_free_xlsx(c.db, c.actor(), year);
    resp.headers.emplace_back("Content-Disposition",
                              "attachment; filename=\"xa-khong-ma-tuy-" + std::to_string(year) + ".xlsx\"");
    return resp;
  });
  r.add("POST", base + "/freeze", Access::session, BodyKind::json, [](Context& c) {
    return json_response(200, ar::freeze_drug_free(c.db, c.actor(), body_year(body_object(c.req))));
  });
  r.add("GET", base + "/{id}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ar::get_drug_free(c.db, c.actor(), path_id(c.req)));
  });
  r.add("POST", base + "/{id}/review", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    return json_response(200, ar::review_drug_free(c.db, c.actor(), path_id(c.req), opt_string(body, "note").value_or("")));
  });
  r.add("POST", base + "/{id}/decision", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    const auto approve = opt_bool(body, "approve");
    if (!approve) throw app::bad_request("area.field_invalid", "Cần chọn công nhận hoặc không công nhận", "approve");
    return json_response(200, ar::decide_drug_free(c.db, c.actor(), path_id(c.req),
                                                   {*approve, opt_string(body, "reason").value_or(""),
                                                    opt_string(body, "decision_number").value_or(""),
                                                    opt_string(body, "decision_date").value_or("")}));
  });

  r.add("GET", "/api/v1/areas/roadmap", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ar::roadmap(c.db, c.actor()));
  });
  r.add("PUT", "/api/v1/areas/roadmap/{year}", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    const auto year = parse_integer(c.req.params.at("year"));
    if (!year || *year < 2000 || *year > 2100)
      throw app::bad_request("area.year_invalid", "Năm phải từ 2000 đến 2100", "year");
    return json_response(200, ar::set_roadmap_target(c.db, c.actor(), static_cast<int>(*year),
                                                     opt_int(body, "target_count"), opt_int(body, "target_share_bp"),
                                                     opt_string(body, "note").value_or("")));
  });
}

// The codes of the registries' choice fields, in Vietnamese (as the web's labels).
const std::map<std::string, std::string, std::less<>>& choice_labels() {
  static const std::map<std::string, std::string, std::less<>> labels{
      {"use_point", "Điểm sử dụng trái phép chất ma túy"},
      {"hotspot", "Tụ điểm"},
      {"retail", "Điểm bán lẻ"},
      {"found", "Mới phát hiện"},
      {"verified", "Đã xác minh"},
      {"being_dismantled", "Đang triệt xóa"},
      {"eliminated", "Đã triệt xóa"},
      {"watched", "Đang theo dõi"},
      {"investigating", "Đang điều tra"},
      {"prosecuted", "Đã truy tố"},
      {"tried", "Đã xét xử"},
  };
  return labels;
}

// A registry's columns come from its fields: their labels, and cells by their types.
std::vector<Column> registry_columns(const ar::Registry& reg) {
  using FT = ar::FieldType;
  std::vector<Column> columns{{"Mã xã", "commune_code", CellKind::text, 8}};
  auto add = [&](const ar::Field& f) {
    Column c{std::string(f.label), std::string(f.name), CellKind::text, 16};
    switch (f.type) {
      case FT::date:
        c.kind = CellKind::date;
        c.width = 12;
        break;
      case FT::integer:
      case FT::coordinate:
      case FT::area_m2:
      case FT::person:
      case FT::case_ref:
        c.kind = CellKind::number;
        c.width = 12;
        break;
      case FT::choice:
        c.labels = choice_labels();
        c.width = 20;
        break;
      case FT::text:
        c.width = f.name == "note" || f.name == "address" ? 36 : 22;
        break;
      case FT::commune:
        c.width = 10;
        break;
    }
    columns.push_back(std::move(c));
  };
  for (const auto& f : reg.fields) add(f);
  for (const auto& f : reg.readonly) add(f);
  for (auto& c : columns)
    if (c.path == "status") c.labels = choice_labels();
  columns.push_back({"Cập nhật lúc", "updated_at", CellKind::moment, 17});
  return columns;
}

// The file name of a registry's export: its URL segment, which is ASCII.
std::string registry_file(const ar::Registry& reg) { return "so-" + std::string(reg.name) + ".xlsx"; }

// A commune's classification as one row: its type, drug-free verdict, facts and rates.
const std::vector<Column>& classification_columns() {
  static const std::vector<Column> columns = [] {
    std::vector<Column> c{
        {"Mã xã", "code", CellKind::text, 8},
        {"Xã, phường", "name", CellKind::text, 26},
        {"Phân loại", "type", CellKind::text, 16,
         {{"I", "Loại I"},
          {"II", "Loại II"},
          {"III", "Loại III"},
          {"none", "Không trọng điểm"},
          {"insufficient_data", "Thiếu dữ liệu"}}},
        {"Không ma túy", "drug_free", CellKind::yes_no, 10},
        {"Dân số", "facts.population", CellKind::number, 12},
        {"Người sử dụng trái phép đang quản lý", "facts.managed_users", CellKind::number, 14},
        {"Tỷ lệ người sử dụng (%)", "rates_percent.managed_users", CellKind::number, 12},
        {"Điểm, tụ điểm", "facts.use_points", CellKind::number, 10},
        {"Đối tượng bị bắt giữ", "facts.arrested_offenders", CellKind::number, 12},
        {"Tỷ lệ đối tượng bị bắt (%)", "rates_percent.arrested_offenders", CellKind::number, 12},
        {"Số cây có chứa chất ma túy", "facts.plants", CellKind::number, 12},
        {"Diện tích trồng (m²)", "facts.plant_area_m2", CellKind::number, 12},
        {"Trên tuyến trọng điểm", "facts.on_route", CellKind::yes_no, 10},
        {"Đối tượng truy nã lẩn trốn", "facts.wanted_hiding", CellKind::number, 12},
    };
    return c;
  }();
  return columns;
}

void add_registry_routes(Router& r, const ar::Registry& reg) {
  const std::string base = "/api/v1/areas/" + std::string(reg.name);
  auto list = [&reg](Context& c, const Paging& pg) {
    ar::ListFilter f{c.req.query_or("commune"), std::nullopt, pg.page, pg.page_size};
    if (const int y = year_param(c, false)) f.year = y;
    return ar::list_records(c.db, c.actor(), reg, f);
  };
  r.add("GET", base, Access::session, BodyKind::none,
        [list](Context& c) { return json_response(200, list(c, paging(c.req))); });
  // Before "{id}": the export's name is a path segment too.
  r.add("GET", base + "/export.xlsx", Access::session, BodyKind::none, [&reg, list](Context& c) {
    return table_xlsx(list(c, export_paging()).at("items").as_array(), registry_columns(reg),
                      std::string(reg.name), registry_file(reg));
  });
  r.add("POST", base, Access::session, BodyKind::json, [&reg](Context& c) {
    return json_response(201, ar::create_record(c.db, c.actor(), reg, body_object(c.req)));
  });
  r.add("GET", base + "/{id}", Access::session, BodyKind::none, [&reg](Context& c) {
    return json_response(200, ar::get_record(c.db, c.actor(), reg, path_id(c.req)));
  });
  r.add("PATCH", base + "/{id}", Access::session, BodyKind::json, [&reg](Context& c) {
    return json_response(200, ar::update_record(c.db, c.actor(), reg, path_id(c.req), body_object(c.req)));
  });
  r.add("DELETE", base + "/{id}", Access::session, BodyKind::none, [&reg](Context& c) {
    ar::delete_record(c.db, c.actor(), reg, path_id(c.req), c.req.query_or("reason"));
    return no_content();
  });
}

}  // namespace

void add_area_routes(Router& r) {
  for (const auto& reg : ar::registries()) add_registry_routes(r, reg);
  add_drug_free_routes(r);

  r.add("POST", "/api/v1/areas/points/{id}/status", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    return json_response(200, ar::change_point_status(c.db, c.actor(), path_id(c.req), req_string(body, "status"),
                                                      req_string(body, "date"), opt_string(body, "note").value_or("")));
  });
  r.add("GET", "/api/v1/areas/points/{id}/history", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, json::object{{"items", ar::point_history(c.db, c.actor(), path_id(c.req))}});
  });

  r.add("POST", "/api/v1/areas/cases/{id}/status", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    return json_response(200, ar::change_case_status(c.db, c.actor(), path_id(c.req), req_string(body, "status"),
                                                     opt_string(body, "date").value_or(""),
                                                     opt_string(body, "note").value_or("")));
  });
  r.add("GET", "/api/v1/areas/cases/{id}/history", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, json::object{{"items", ar::case_history(c.db, c.actor(), path_id(c.req))}});
  });

  r.add("GET", "/api/v1/areas/routes", Access::session, BodyKind::none, [](Context& c) {
    json::array items;
    for (const auto& k : ar::list_key_routes(c.db, c.actor())) items.push_back(to_json(k));
    return json_response(200, json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/areas/routes", Access::session, BodyKind::json, [](Context& c) {
    return json_response(201, to_json(ar::create_key_route(c.db, c.actor(), key_route_input(body_object(c.req)))));
  });
  r.add("GET", "/api/v1/areas/routes/{id}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, to_json(ar::get_key_route(c.db, c.actor(), path_id(c.req))));
  });
  r.add("PATCH", "/api/v1/areas/routes/{id}", Access::session, BodyKind::json, [](Context& c) {
    const auto in = key_route_input(body_object(c.req));
    return json_response(200, to_json(ar::update_key_route(c.db, c.actor(), path_id(c.req), in)));
  });
  r.add("DELETE", "/api/v1/areas/routes/{id}", Access::session, BodyKind::none, [](Context& c) {
    ar::delete_key_route(c.db, c.actor(), path_id(c.req), c.req.query_or("reason"));
    return no_content();
  });

  r.add("GET", "/api/v1/areas/classification", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200,
                         ar::classify_province(c.db, c.actor(), c.req.query_or("province"), year_param(c, true)));
  });
  // The table of the classification page: ?type= keeps one type, as the page's filter does.
  r.add("GET", "/api/v1/areas/classification/export.xlsx", Access::session, BodyKind::none, [](Context& c) {
    const int year = year_param(c, true);
    const auto run = ar::classify_province(c.db, c.actor(), c.req.query_or("province"), year);
    const std::string type = c.req.query_or("type");
    json::array rows;
    for (const auto& x : run.at("communes").as_array())
      if (type.empty() || x.at("type").as_string() == type) rows.push_back(x);
    return table_xlsx(rows, classification_columns(), "Phan loai " + std::to_string(year),
                      "phan-loai-" + std::to_string(year) + ".xlsx");
  });
  r.add("GET", "/api/v1/areas/classification/{code}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200,
                         ar::classify_one_commune(c.db, c.actor(), c.req.params.at("code"), year_param(c, true)));
  });
}

}  // namespace pcmt::api
