// Provinces and communes of the administrative map.
#include "api/json_io.hpp"
#include "api/routes/routes.hpp"
#include "api/table_xlsx.hpp"
#include "report/xlsx_writer.hpp"
#include "app/error.hpp"

namespace pcmt::api {

void add_commune_routes(Router& r) {
  r.add("GET", "/api/v1/provinces", Access::session, BodyKind::none, [](Context& c) {
    json::array items;
    for (const auto& p : app::list_provinces(c.db, c.actor()))
      items.push_back(json::object{{"code", p.code}, {"name", p.name}, {"commune_count", p.commune_count}});
    return json_response(200, json::object{{"items", std::move(items)}});
  });

  r.add("GET", "/api/v1/communes", Access::session, BodyKind::none, [](Context& c) {
    const Paging pg = paging(c.req);
    app::CommuneFilter f{c.req.query_or("province"), c.req.query_or("q"), c.req.query_or("kind"), pg.page,
                         pg.page_size};
    auto page = app::list_communes(c.db, c.actor(), f);
    json::array items;
    for (const auto& x : page.items) items.push_back(to_json(x));
    return json_response(200, page_json(std::move(items), page.total, pg));
  });

  r.add("GET", "/api/v1/communes/{code}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, to_json(app::get_commune(c.db, c.actor(), c.req.params.at("code"))));
  });

  r.add("PATCH", "/api/v1/communes/{code}", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    app::CommunePatch p;
    if (body.contains("population")) {
      p.set_population = true;
      if (!has_null(body, "population")) {
        const auto* v = body.if_contains("population");
        if (!v->is_int64() && !v->is_uint64())
          throw app::bad_request("commune.population_invalid", "Dân số phải là số nguyên từ 0 đến 10.000.000",
                                 "population");
        p.population = opt_int(body, "population");
      }
    }
    p.is_border = opt_bool(body, "is_border");
    p.is_remote = opt_bool(body, "is_remote");
    return json_response(200, to_json(app::update_commune(c.db, c.actor(), c.req.params.at("code"), p)));
  });

  r.add("GET", "/api/v1/communes/population-import/template.xlsx", Access::session, BodyKind::none, [](Context& c) {
    return xlsx_download(app::population_template(c.db, c.actor(), c.req.query_or("province")), "mau-dan-so.xlsx");
  });
  r.add(
      "POST", "/api/v1/communes/population-import", Access::session, BodyKind::table,
      [](Context& c) {
        const std::string format = c.req.content_type == report::kXlsxMediaType ? "xlsx" : "csv";
        const int n = app::import_populations(c.db, c.actor(), c.req.query_or("province"), format, c.req.body);
        return json_response(200, json::object{{"updated", n}});
      },
      10 << 20);
}

}  // namespace pcmt::api
