// Areas: the registries that feed QĐ 28/2025/QĐ-TTg, the point lifecycle, key routes,
// and the classification of communes for an evaluation year.
#include <charconv>

#include "api/json_io.hpp"
#include "api/routes/routes.hpp"
#include "app/areas/case_status.hpp"
#include "app/areas/classification.hpp"
#include "app/areas/drug_free_workflow.hpp"
#include "app/areas/key_routes.hpp"
#include "app/areas/points.hpp"
#include "app/areas/registry.hpp"
#include "app/areas/window.hpp"
#include "app/error.hpp"
#include "app/people/xlsx_writer.hpp"

namespace pcmt::api {
namespace {

namespace ar = app::areas;

std::optional<int64_t> parse_number(const std::string& s) {
  int64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

int64_t record_id(const Context& c) {
  auto id = parse_number(c.req.params.at("id"));
  if (!id || *id <= 0) throw app::not_found();
  return *id;
}

// ?year=YYYY, or the evaluation year today belongs to.
int year_param(const Context& c, bool default_to_current) {
  const std::string s = c.req.query_or("year");
  if (s.empty()) return default_to_current ? ar::current_evaluation_year() : 0;
  auto y = parse_number(s);
  if (!y || *y < 2000 || *y > 2100)
    throw app::bad_request("area.year_invalid", "Năm đánh giá phải là số từ 2000 đến 2100", "year");
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
    resp.content_type = app::people::kXlsxMediaType;
    resp.body = ar::export_drug_free_xlsx(c.db, c.actor(), year);
    resp.headers.emplace_back("Content-Disposition",
                              "attachment; filename=\"xa-khong-ma-tuy-" + std::to_string(year) + ".xlsx\"");
    return resp;
  });
  r.add("POST", base + "/freeze", Access::session, BodyKind::json, [](Context& c) {
    return json_response(200, ar::freeze_drug_free(c.db, c.actor(), body_year(body_object(c.req))));
  });
  r.add("GET", base + "/{id}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ar::get_drug_free(c.db, c.actor(), record_id(c)));
  });
  r.add("POST", base + "/{id}/review", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    return json_response(200, ar::review_drug_free(c.db, c.actor(), record_id(c), opt_string(body, "note").value_or("")));
  });
  r.add("POST", base + "/{id}/decision", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    const auto approve = opt_bool(body, "approve");
    if (!approve) throw app::bad_request("area.field_invalid", "Cần chọn công nhận hoặc không công nhận", "approve");
    return json_response(200, ar::decide_drug_free(c.db, c.actor(), record_id(c),
                                                   {*approve, opt_string(body, "reason").value_or(""),
                                                    opt_string(body, "decision_number").value_or(""),
                                                    opt_string(body, "decision_date").value_or("")}));
  });

  r.add("GET", "/api/v1/areas/roadmap", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ar::roadmap(c.db, c.actor()));
  });
  r.add("PUT", "/api/v1/areas/roadmap/{year}", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    const auto year = parse_number(c.req.params.at("year"));
    if (!year || *year < 2000 || *year > 2100)
      throw app::bad_request("area.year_invalid", "Năm phải từ 2000 đến 2100", "year");
    return json_response(200, ar::set_roadmap_target(c.db, c.actor(), static_cast<int>(*year),
                                                     opt_int(body, "target_count"), opt_int(body, "target_share_bp"),
                                                     opt_string(body, "note").value_or("")));
  });
}

void add_registry_routes(Router& r, const ar::Registry& reg) {
  const std::string base = "/api/v1/areas/" + std::string(reg.name);
  r.add("GET", base, Access::session, BodyKind::none, [&reg](Context& c) {
    const Paging pg = paging(c.req);
    ar::ListFilter f{c.req.query_or("commune"), std::nullopt, pg.page, pg.page_size};
    if (const int y = year_param(c, false)) f.year = y;
    return json_response(200, ar::list_records(c.db, c.actor(), reg, f));
  });
  r.add("POST", base, Access::session, BodyKind::json, [&reg](Context& c) {
    return json_response(201, ar::create_record(c.db, c.actor(), reg, body_object(c.req)));
  });
  r.add("GET", base + "/{id}", Access::session, BodyKind::none, [&reg](Context& c) {
    return json_response(200, ar::get_record(c.db, c.actor(), reg, record_id(c)));
  });
  r.add("PATCH", base + "/{id}", Access::session, BodyKind::json, [&reg](Context& c) {
    return json_response(200, ar::update_record(c.db, c.actor(), reg, record_id(c), body_object(c.req)));
  });
  r.add("DELETE", base + "/{id}", Access::session, BodyKind::none, [&reg](Context& c) {
    ar::delete_record(c.db, c.actor(), reg, record_id(c), c.req.query_or("reason"));
    return no_content();
  });
}

}  // namespace

void add_area_routes(Router& r) {
  for (const auto& reg : ar::registries()) add_registry_routes(r, reg);
  add_drug_free_routes(r);

  r.add("POST", "/api/v1/areas/points/{id}/status", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    return json_response(200, ar::change_point_status(c.db, c.actor(), record_id(c), req_string(body, "status"),
                                                      req_string(body, "date"), opt_string(body, "note").value_or("")));
  });
  r.add("GET", "/api/v1/areas/points/{id}/history", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, json::object{{"items", ar::point_history(c.db, c.actor(), record_id(c))}});
  });

  r.add("POST", "/api/v1/areas/cases/{id}/status", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    return json_response(200, ar::change_case_status(c.db, c.actor(), record_id(c), req_string(body, "status"),
                                                     opt_string(body, "date").value_or(""),
                                                     opt_string(body, "note").value_or("")));
  });
  r.add("GET", "/api/v1/areas/cases/{id}/history", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, json::object{{"items", ar::case_history(c.db, c.actor(), record_id(c))}});
  });

  r.add("GET", "/api/v1/areas/routes", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, json::object{{"items", ar::list_key_routes(c.db, c.actor())}});
  });
  r.add("POST", "/api/v1/areas/routes", Access::session, BodyKind::json, [](Context& c) {
    return json_response(201, ar::create_key_route(c.db, c.actor(), body_object(c.req)));
  });
  r.add("GET", "/api/v1/areas/routes/{id}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ar::get_key_route(c.db, c.actor(), record_id(c)));
  });
  r.add("PATCH", "/api/v1/areas/routes/{id}", Access::session, BodyKind::json, [](Context& c) {
    return json_response(200, ar::update_key_route(c.db, c.actor(), record_id(c), body_object(c.req)));
  });
  r.add("DELETE", "/api/v1/areas/routes/{id}", Access::session, BodyKind::none, [](Context& c) {
    ar::delete_key_route(c.db, c.actor(), record_id(c), c.req.query_or("reason"));
    return no_content();
  });

  r.add("GET", "/api/v1/areas/classification", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200,
                         ar::classify_province(c.db, c.actor(), c.req.query_or("province"), year_param(c, true)));
  });
  r.add("GET", "/api/v1/areas/classification/{code}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200,
                         ar::classify_one_commune(c.db, c.actor(), c.req.params.at("code"), year_param(c, true)));
  });
}

}  // namespace pcmt::api
