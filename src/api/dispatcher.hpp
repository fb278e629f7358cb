#pragma once
// From a parsed request to a response: route lookup, body type and size, session, CSRF, error
// mapping and security headers — the same for every route, so no handler can forget one.
#include <optional>
#include <string>

#include "api/router.hpp"
#include "api/static_site.hpp"

namespace pcmt::api {

// Which threads run a request. The health check has its own, so neither slow handlers nor a queue of
// them delays it; routes that take large bodies (imports, document uploads) share a few threads, so that
// they cannot occupy every handler thread.
enum class Lane { health, general, upload };

class Dispatcher {
 public:
  Dispatcher(Router router, std::string db_url, std::optional<StaticSite> site);
  // Thread-safe: each thread uses its own database connection.
  Response handle(Request& req) const;
  size_t max_body(const std::string& method, const std::string& path) const { return router_.max_body(method, path); }
  Lane lane(const std::string& method, const std::string& path) const;

 private:
  Response route(Request& req) const;
  store::Connection& connection() const;
  Router router_;
  std::string db_url_;
  std::optional<StaticSite> site_;
};

Response error_response(int status, const std::string& code, const std::string& message, const std::string& field = {});

}  // namespace pcmt::api
