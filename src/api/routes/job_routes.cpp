// Long work in progress: its owner (or an admin) follows it, cancels it and reads its result.
#include <charconv>

#include "api/json_io.hpp"
#include "api/routes/routes.hpp"
#include "app/error.hpp"
#include "app/jobs/jobs.hpp"

namespace pcmt::api {
namespace {

int64_t job_id(const Context& c) {
  const std::string& s = c.req.params.at("id");
  int64_t id = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
  if (ec != std::errc() || end != s.data() + s.size() || id <= 0) throw app::not_found();
  return id;
}

}  // namespace

void add_job_routes(Router& r) {
  r.add("GET", "/api/v1/jobs", Access::session, BodyKind::none, [](Context& c) {
    json::array items;
    for (const auto& j : app::jobs::list_jobs(c.db, c.actor())) items.push_back(app::jobs::to_json(j));
    return json_response(200, json::object{{"items", std::move(items)}});
  });
  r.add("GET", "/api/v1/jobs/{id}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, app::jobs::to_json(app::jobs::get_job(c.db, c.actor(), job_id(c))));
  });
  r.add("POST", "/api/v1/jobs/{id}/cancel", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, app::jobs::to_json(app::jobs::cancel_job(c.db, c.actor(), job_id(c))));
  });
}

}  // namespace pcmt::api
