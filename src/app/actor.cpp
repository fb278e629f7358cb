#include "app/actor.hpp"

#include <array>
#include <utility>

namespace pcmt::app {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 6> kRoles{{
    {Role::admin, "admin"},
    {Role::standing_office, "standing_office"},
    {Role::leader, "leader"},
    {Role::agency, "agency"},
    {Role::commune, "commune"},
    {Role::auditor, "auditor"},
}};

constexpr std::array<std::pair<ScopeKind, std::string_view>, 3> kScopeKinds{{
    {ScopeKind::province, "province"},
    {ScopeKind::commune, "commune"},
    {ScopeKind::agency, "agency"},
}};

}  // namespace

std::optional<Role> parse_role(std::string_view s) {
  for (auto [r, name] : kRoles)
    if (name == s) return r;
  return std::nullopt;
}

std::string_view to_string(Role r) {
  for (auto [role, name] : kRoles)
    if (role == r) return name;
  return "";
}

std::optional<ScopeKind> parse_scope_kind(std::string_view s) {
  for (auto [k, name] : kScopeKinds)
    if (name == s) return k;
  return std::nullopt;
}

std::string_view to_string(ScopeKind k) {
  for (auto [kind, name] : kScopeKinds)
    if (kind == k) return name;
  return "";
}

std::optional<Scope> Scope::parse(std::string_view s) {
  const auto colon = s.find(':');
  if (colon == std::string_view::npos || colon + 1 == s.size()) return std::nullopt;
  auto kind = parse_scope_kind(s.substr(0, colon));
  if (!kind) return std::nullopt;
  return Scope{*kind, std::string(s.substr(colon + 1))};
}

std::string Scope::to_string() const { return std::string(app::to_string(kind)) + ":" + id; }

ScopeKind required_scope_kind(Role r) {
  if (r == Role::commune) return ScopeKind::commune;
  if (r == Role::agency) return ScopeKind::agency;
  return ScopeKind::province;
}

}  // namespace pcmt::app
