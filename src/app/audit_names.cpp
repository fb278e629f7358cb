#include "app/audit_names.hpp"

#include <charconv>

#include "app/agencies.hpp"
#include "app/communes.hpp"
#include "app/users.hpp"

namespace pcmt::app {

namespace {

std::optional<int64_t> number(const std::string& s) {
  int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

std::optional<std::string> AuditNamer::lookup(const std::string& key, const std::string& name_sql, store::Value id) {
  if (auto hit = cache_.find(key); hit != cache_.end()) return hit->second;
  auto r = db_.query("SELECT " + name_sql, {std::move(id)});
  std::optional<std::string> name;
  if (!r.empty() && !r.rows[0].is_null(0)) name = r.rows[0].str(0);
  cache_.emplace(key, name);
  return name;
}

std::optional<std::string> AuditNamer::user(int64_t id) {
  return lookup("user:" + std::to_string(id),
                user_display_name_sql("$1"), id);
}

std::optional<std::string> AuditNamer::object(const std::string& type, const std::string& id) {
  if (type == "province") return lookup("province:" + id, province_name_sql("$1"), id);
  if (type == "commune") return lookup("commune:" + id, commune_name_sql("$1"), id);
  if (type == "user" || type == "agency") {
    const auto n = number(id);
    if (!n) return std::nullopt;
    if (type == "user") return user(*n);
    return lookup("agency:" + id, agency_name_sql("$1"), *n);
  }
  return std::nullopt;
}

std::optional<std::string> AuditNamer::scope(const std::string& scope) {
  const auto colon = scope.find(':');
  if (colon == std::string::npos) return std::nullopt;
  return object(scope.substr(0, colon), scope.substr(colon + 1));
}

}  // namespace pcmt::app
