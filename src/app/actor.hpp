#pragma once
// Who is asking: role and scope of the signed-in user. Every repository query takes the Actor
// and filters by its scope in SQL, so authorisation does not depend on the UI.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pcmt::app {

enum class Role { admin, standing_office, leader, agency, commune, auditor };
enum class ScopeKind { province, commune, agency };

std::optional<Role> parse_role(std::string_view s);
std::string_view to_string(Role r);
std::optional<ScopeKind> parse_scope_kind(std::string_view s);
std::string_view to_string(ScopeKind k);

struct Scope {
  ScopeKind kind = ScopeKind::province;
  std::string id;  // province code, 5-digit commune code, or agency id
  // Parses "province:40", "commune:16681", "agency:12".
  static std::optional<Scope> parse(std::string_view s);
  std::string to_string() const;
};

// The scope kind each role must have: commune users a commune, agency users an agency, others a province.
ScopeKind required_scope_kind(Role r);

struct Actor {
  int64_t user_id = 0;
  std::string username;
  std::string full_name;
  Role role = Role::leader;
  Scope scope;
  std::string province_code;
  std::string client_ip;
  bool must_change_password = false;  // only the own-account routes work until it is changed

  bool is(Role r) const { return role == r; }
  // Roles that may change reference data of a commune (population, flags).
  bool can_edit_communes() const { return role == Role::admin || role == Role::standing_office || role == Role::commune; }
  bool can_read_audit() const { return role == Role::admin || role == Role::auditor; }
};

}  // namespace pcmt::app
