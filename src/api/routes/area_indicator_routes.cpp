// Areas: the plan indicators per evaluation year, for the caller's scope and each
// commune, and the province's own targets.
#include "api/json_io.hpp"
#include "api/params.hpp"
#include "api/routes/routes.hpp"
#include "app/areas/indicators.hpp"
#include "app/error.hpp"
#include "report/xlsx_writer.hpp"

namespace pcmt::api {
namespace {

namespace ar = app::areas;

int checked_year(std::optional<int64_t> year, const char* field) {
  if (!year || *year < 2000 || *year > 2100)
    throw app::bad_request("area.year_invalid", "Năm đánh giá phải là số từ 2000 đến 2100", field);
  return static_cast<int>(*year);
}

// ?year=YYYY; absent: the evaluation year today belongs to.
int query_year(const std::string& text) {
  if (text.empty()) return ar::current_evaluation_year();
  return checked_year(parse_integer(text), "year");
}

}  // namespace

void add_area_indicator_routes(Router& r) {
  r.add("GET", "/api/v1/areas/indicators", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ar::indicators(c.db, c.actor(), c.req.query_or("province"),
                                             query_year(c.req.query_or("year")), c.req.query_or("commune")));
  });
  r.add("GET", "/api/v1/areas/indicators/export.xlsx", Access::session, BodyKind::none, [](Context& c) {
    const int year = query_year(c.req.query_or("year"));
    Response resp;
    resp.content_type = report::kXlsxMediaType;
    resp.body = ar::export_indicators_xlsx(c.db, c.actor(), c.req.query_or("province"), year);
    resp.headers.emplace_back("Content-Disposition",
                              "attachment; filename=\"chi-tieu-" + std::to_string(year) + ".xlsx\"");
    return resp;
  });
  r.add("PUT", "/api/v1/areas/indicators/targets/{indicator}", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    const int year = checked_year(opt_int(body, "from_year"), "from_year");
    const auto value = opt_int(body, "value");
    if (!value && !has_null(body, "value"))
      throw app::bad_request("area.target_invalid", "Cần nêu giá trị chỉ tiêu (null: dùng lại mặc định)", "value");
    return json_response(200, ar::set_indicator_target(c.db, c.actor(), opt_string(body, "province").value_or(""),
                                                       c.req.params.at("indicator"), year, value,
                                                       opt_string(body, "note").value_or("")));
  });
}

}  // namespace pcmt::api
