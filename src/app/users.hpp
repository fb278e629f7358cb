#pragma once
// User accounts: an admin creates them, disables them and changes their role or scope.
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app {

struct ScopeView {
  Scope scope;
  std::string name;  // "Nghệ An", "Phường Thành Vinh", "Sở Y tế"
  std::string province_code;
};

struct UserView {
  int64_t id = 0;
  std::string username, full_name;
  Role role = Role::leader;
  ScopeView scope;
  bool disabled = false;
  bool must_change_password = false;
};

struct NewUser {
  std::string username, full_name, role, scope, password;
  // An admin who chooses a password for someone else knows it: the user must replace it at first sign-in.
  bool must_change_password = true;
};

struct UserPatch {
  std::optional<std::string> full_name, role, scope, password;
  std::optional<bool> disabled;
};

// Checks that the scope exists and suits the role; throws 400 user.scope_invalid / user.role_invalid.
ScopeView resolve_scope(store::Connection& db, Role role, const std::string& scope);

// A role as people read it ("Cấp xã").
std::string_view role_label(Role r);

// A new account's fields, checked: the username's form, the name, the role and its scope (400 naming
// the field otherwise). Writes nothing.
struct CheckedUser {
  std::string username, full_name;
  Role role = Role::leader;
  ScopeView scope;
};
CheckedUser check_new_user(store::Connection& db, const NewUser& u);
// Inserts a checked account with its password hash and its audit row ("user.create", `detail` added
// to the role and scope), in the caller's transaction; 409 user.username_taken.
int64_t insert_user(store::Connection& db, const Actor& actor, const CheckedUser& u, const std::string& password_hash,
                    bool must_change_password, bool imported = false);

std::vector<UserView> list_users(store::Connection& db, const Actor& actor, const std::string& q, int page,
                                 int page_size, int64_t& total);
UserView get_user(store::Connection& db, int64_t id);
UserView create_user(store::Connection& db, const Actor& actor, const NewUser& u);
UserView update_user(store::Connection& db, const Actor& actor, int64_t id, const UserPatch& p);

// 403 for anyone but an admin: accounts are the admin's.
void require_admin(const Actor& a);

// The actor for command-line administration (pcmt user add): an admin acting as "cli".
Actor cli_actor();

// Expressions for another module's query: the username or the full name of the user whose id is in
// `id_column` (NULL when there is none).
std::string username_sql(const std::string& id_column);
std::string user_full_name_sql(const std::string& id_column);
// The name people read for an account: its full name, or its username when it has none.
std::string user_display_name_sql(const std::string& id_column);
// An SQL condition: the account with this id exists and is not disabled.
std::string user_enabled_sql(const std::string& id_column);

}  // namespace pcmt::app
