#include "api/router.hpp"

#include "api/routes/routes.hpp"

namespace pcmt::api {
namespace {

bool match_pattern(const std::string& pattern, const std::string& path, std::map<std::string, std::string>* params) {
  size_t p = 0, s = 0;
  while (p < pattern.size() && s <= path.size()) {
    if (pattern[p] == '{') {
      const size_t close = pattern.find('}', p);
      const size_t seg_end = path.find('/', s);
      const std::string value = path.substr(s, seg_end == std::string::npos ? std::string::npos : seg_end - s);
      if (value.empty()) return false;
      if (params) (*params)[pattern.substr(p + 1, close - p - 1)] = value;
      p = close + 1;
      s = seg_end == std::string::npos ? path.size() : seg_end;
      continue;
    }
    if (s >= path.size() || pattern[p] != path[s]) return false;
    ++p;
    ++s;
  }
  return p == pattern.size() && s == path.size();
}

}  // namespace

void Router::add(std::string method, std::string pattern, Access access, BodyKind body, Handler h, size_t max_body) {
  routes_.push_back({std::move(method), std::move(pattern), access, body, max_body, std::move(h)});
}

const Route* Router::match(const std::string& method, const std::string& path,
                           std::map<std::string, std::string>& params) const {
  for (const auto& r : routes_) {
    if (r.method != method) continue;
    params.clear();
    if (match_pattern(r.pattern, path, &params)) return &r;
  }
  return nullptr;
}

bool Router::path_exists(const std::string& path) const {
  for (const auto& r : routes_)
    if (match_pattern(r.pattern, path, nullptr)) return true;
  return false;
}

size_t Router::max_body(const std::string& method, const std::string& path) const {
  std::map<std::string, std::string> ignored;
  const Route* r = match(method, path, ignored);
  return r ? r->max_body : kDefaultMaxBody;
}

Router build_router() {
  Router r;
  add_meta_routes(r);
  add_auth_routes(r);
  add_commune_routes(r);
  add_agency_routes(r);
  add_user_routes(r);
  add_audit_routes(r);
  add_plan_routes(r);
  add_people_routes(r);
  add_area_routes(r);
  add_area_map_routes(r);
  add_area_indicator_routes(r);
  add_job_routes(r);
  add_notify_routes(r);
  return r;
}

}  // namespace pcmt::api
