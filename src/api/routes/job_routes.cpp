// Long work in progress: its owner (or an admin) follows it, cancels it and reads its result.
#include "api/json_io.hpp"
#include "api/params.hpp"
#include "api/routes/routes.hpp"
#include "app/error.hpp"
#include "app/jobs/jobs.hpp"

namespace pcmt::api {

void add_job_routes(Router& r) {
  r.add("GET", "/api/v1/jobs", Access::session, BodyKind::none, [](Context& c) {
    json::array items;
    for (const auto& j : app::jobs::list_jobs(c.db, c.actor())) items.push_back(app::jobs::to_json(j));
    return json_response(200, json::object{{"items", std::move(items)}});
  });
  r.add("GET", "/api/v1/jobs/{id}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, app::jobs::to_json(app::jobs::get_job(c.db, c.actor(), path_id(c.req))));
  });
  r.add("POST", "/api/v1/jobs/{id}/cancel", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, app::jobs::to_json(app::jobs::cancel_job(c.db, c.actor(), path_id(c.req))));
  });
}

}  // namespace pcmt::api
