#pragma once
// The route table. Each route says what it needs (a session, a body type) so the dispatcher can
// enforce it uniformly; the table is also what `pcmt routes` prints and the OpenAPI test checks.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/http.hpp"
#include "app/auth.hpp"

namespace pcmt::store {
class Connection;
}

namespace pcmt::api {

struct Context {
  Request& req;
  store::Connection& db;
  std::optional<app::Session> session;  // set when the route needs a session
  const app::Actor& actor() const { return session->actor; }
};

using Handler = std::function<Response(Context&)>;

// open: no session; session: a signed-in user; own_account: a signed-in user even while a password
// change is due (the routes that let them make it, or leave).
enum class Access { open, session, own_account };
// table: an uploaded list, CSV text or an XLSX workbook.
enum class BodyKind { none, json, table };

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/communes/{code}"
  Access access;
  BodyKind body;
  size_t max_body;
  Handler handler;
};

constexpr size_t kDefaultMaxBody = 1 << 20;  // 1 MiB of JSON is far above any form

class Router {
 public:
  void add(std::string method, std::string pattern, Access access, BodyKind body, Handler h,
           size_t max_body = kDefaultMaxBody);
  // The route for a method and path, with path parameters filled; nullptr when none matches.
  const Route* match(const std::string& method, const std::string& path,
                     std::map<std::string, std::string>& params) const;
  bool path_exists(const std::string& path) const;  // any method: tells 405 from 404
  size_t max_body(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

// Every API route of pcmt.
Router build_router();

}  // namespace pcmt::api
