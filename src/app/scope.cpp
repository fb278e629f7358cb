#include "app/scope.hpp"

namespace pcmt::app::scope {
namespace {

// Replaces each placeholder of `condition` by one parameter holding its value.
std::string bind(const Actor& actor, store::Params& params, std::string condition) {
  const struct {
    const char* name;
    store::Value value;
  } values[] = {
      {"$province", actor.province_code}, {"$commune", actor.scope.id}, {"$agency", agency_of(actor).value_or(-1)}};
  for (const auto& v : values) {
    const std::string name(v.name);
    size_t at = condition.find(name);
    if (at == std::string::npos) continue;
    params.push_back(v.value);
    const std::string placeholder = "$" + std::to_string(params.size());
    for (; at != std::string::npos; at = condition.find(name, at + placeholder.size()))
      condition.replace(at, name.size(), placeholder);
  }
  return condition;
}

}  // namespace

std::optional<int64_t> agency_of(const Actor& actor) {
  if (actor.scope.kind != ScopeKind::agency) return std::nullopt;
  try {
    size_t used = 0;
    const int64_t id = std::stoll(actor.scope.id, &used);
    if (used == actor.scope.id.size()) return id;
  } catch (...) {
  }
  return std::nullopt;
}

std::string clause(const Actor& actor, store::Params& params, const Rule& rule) {
  if (actor.role == Role::admin) return "1=1";
  if (actor.scope.kind == ScopeKind::commune && !rule.commune.empty()) return bind(actor, params, rule.commune);
  if (actor.scope.kind == ScopeKind::agency && !rule.agency.empty()) return bind(actor, params, rule.agency);
  return bind(actor, params, rule.province);
}

bool reaches(const Actor& actor, const Place& place) {
  if (actor.role == Role::admin) return true;
  if (place.province != actor.province_code) return false;
  if (actor.scope.kind == ScopeKind::commune && !place.commune.empty()) return place.commune == actor.scope.id;
  if (actor.scope.kind == ScopeKind::agency && place.agency) return place.agency == agency_of(actor);
  return true;
}

}  // namespace pcmt::app::scope
