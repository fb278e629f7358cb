#include "app/users.hpp"

#include <cctype>
#include <charconv>

#include "app/agencies.hpp"
#include "app/audit.hpp"
#include "app/auth.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/crypto.hpp"
#include "app/error.hpp"
#include "core/text/normalize.hpp"
#include "store/sql.hpp"

namespace pcmt::app {
namespace {

constexpr const char* kSelect =
    "SELECT id, username, full_name, role, scope_kind, scope_id, province_code, disabled, must_change_password "
    "FROM users";

Error scope_invalid(const std::string& message) { return bad_request("user.scope_invalid", message, "scope"); }

Role role_of(const std::string& s) {
  auto r = parse_role(s);
  if (!r) throw bad_request("user.role_invalid", "Vai trò không hợp lệ", "role");
  return *r;
}

// The unit a scope names: its name and province, or nothing when it does not exist.
std::optional<std::pair<std::string, std::string>> scope_unit(store::Connection& db, const Scope& s) {
  switch (s.kind) {
    case ScopeKind::province:
      if (auto name = province_name(db, s.id)) return std::pair{*name, s.id};
      return std::nullopt;
    case ScopeKind::commune:
      if (auto c = find_commune(db, s.id)) return std::pair{c->name, c->province_code};
      return std::nullopt;
    case ScopeKind::agency:
      break;
  }
  int64_t id = 0;
  const auto [end, ec] = std::from_chars(s.id.data(), s.id.data() + s.id.size(), id);
  if (ec != std::errc() || end != s.id.data() + s.id.size() || std::to_string(id) != s.id) return std::nullopt;
  if (auto a = find_agency(db, id)) return std::pair{a->name, a->province_code};
  return std::nullopt;
}

std::string scope_name(store::Connection& db, const Scope& s) {
  auto unit = scope_unit(db, s);
  return unit ? unit->first : std::string();
}

UserView from_row(store::Connection& db, const store::Row& r) {
  UserView u;
  u.id = r.i64(0);
  u.username = r.str(1);
  u.full_name = r.str(2);
  u.role = parse_role(r.str(3)).value_or(Role::leader);
  u.scope.scope = {parse_scope_kind(r.str(4)).value_or(ScopeKind::province), r.str(5)};
  u.scope.province_code = r.str(6);
  u.scope.name = scope_name(db, u.scope.scope);
  u.disabled = r.boolean(7);
  u.must_change_password = r.boolean(8);
  return u;
}

void check_username(const std::string& u) {
  bool ok = u.size() >= 3 && u.size() <= 64;
  for (char c : u) ok = ok && (std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-');
  if (!ok)
    throw bad_request("user.username_invalid",
                      "Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang",
                      "username");
}

std::string clean_full_name(const std::string& s) {
  std::string n = text::to_nfc(text::trim(s));
  if (n.empty() || n.size() > 200) throw bad_request("user.full_name_invalid", "Họ tên không được để trống", "full_name");
  return n;
}

}  // namespace

void require_admin(const Actor& a) {
  if (a.role != Role::admin) throw forbidden();
}

ScopeView resolve_scope(store::Connection& db, Role role, const std::string& text) {
  auto s = Scope::parse(text);
  if (!s) throw scope_invalid("Phạm vi phải có dạng province:MÃ, commune:MÃ hoặc agency:MÃ");
  if (s->kind != required_scope_kind(role))
    throw scope_invalid(role == Role::commune  ? "Tài khoản cấp xã phải gắn với một xã, phường"
                        : role == Role::agency ? "Tài khoản sở, ban, ngành phải gắn với một cơ quan"
                                               : "Vai trò này phải gắn với một tỉnh");
  auto unit = scope_unit(db, *s);
  if (!unit) throw scope_invalid("Không tìm thấy đơn vị của phạm vi " + text);
  return ScopeView{*s, unit->first, unit->second};
}

std::vector<UserView> list_users(store::Connection& db, const Actor& actor, const std::string& q, int page,
                                 int page_size, int64_t& total) {
  require_admin(actor);
  std::string where = " WHERE 1=1";
  store::Params p;
  if (!q.empty()) {
    p.push_back("%" + store::like_escape(text::search_key(q)) + "%");
    where += " AND (search_key LIKE $1 ESCAPE '\\' OR username LIKE $1 ESCAPE '\\')";
  }
  total = db.query("SELECT COUNT(*) FROM users" + where, p).one().i64(0);
  const auto n = p.size();
  p.push_back(page_size);
  p.push_back(static_cast<int64_t>(page - 1) * page_size);
  auto rows = db.query(std::string(kSelect) + where + " ORDER BY username LIMIT $" + std::to_string(n + 1) +
                           " OFFSET $" + std::to_string(n + 2),
                       p);
  std::vector<UserView> out;
  for (const auto& r : rows.rows) out.push_back(from_row(db, r));
  return out;
}

UserView get_user(store::Connection& db, int64_t id) {
  auto r = db.query(std::string(kSelect) + " WHERE id = $1", {id});
  if (r.empty()) throw not_found();
  return from_row(db, r.rows[0]);
}

std::string_view role_label(Role r) {
  switch (r) {
    case Role::admin: return "Quản trị hệ thống";
    case Role::standing_office: return "Cơ quan thường trực";
    case Role::leader: return "Lãnh đạo";
    case Role::agency: return "Sở, ban, ngành";
    case Role::commune: return "Cấp xã";
    case Role::auditor: return "Kiểm tra, giám sát";
  }
  return to_string(r);
}

CheckedUser check_new_user(store::Connection& db, const NewUser& in) {
  check_username(in.username);
  CheckedUser u{in.username, clean_full_name(in.full_name), role_of(in.role), {}};
  u.scope = resolve_scope(db, u.role, in.scope);
  return u;
}

int64_t insert_user(store::Connection& db, const Actor& actor, const CheckedUser& u, const std::string& hash,
                    bool must_change_password, bool imported) {
  int64_t id = 0;
  try {
    id = db.query(
               "INSERT INTO users (username, full_name, role, scope_kind, scope_id, province_code, search_key, "
               "password_hash, disabled, must_change_password, created_at, password_changed_at) "
               "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,0,$10,$9,$9) "
               "RETURNING id",
               {u.username, u.full_name, std::string(to_string(u.role)), std::string(to_string(u.scope.scope.kind)),
                u.scope.scope.id, u.scope.province_code, text::search_key(u.full_name + " " + u.username), hash,
                now_seconds(), must_change_password})
             .one()
             .i64(0);
  } catch (const store::ConstraintViolation&) {
    throw conflict("user.username_taken", "Tên đăng nhập đã được sử dụng", "username");
  }
  auto e = event_by(actor, "user.create", "user", std::to_string(id));
  e.province_code = u.scope.province_code;
  e.detail_json = "{\"role\":\"" + std::string(to_string(u.role)) + "\",\"scope\":\"" + u.scope.scope.to_string() +
                  "\"" + (imported ? ",\"import\":true}" : "}");
  append_audit(db, e);
  return id;
}

UserView create_user(store::Connection& db, const Actor& actor, const NewUser& in) {
  require_admin(actor);
  check_username(in.username);
  clean_full_name(in.full_name);
  role_of(in.role);
  check_password_policy(in.password, "password");
  const std::string hash = crypto::hash_password(in.password);  // slow: outside the write lock
  store::Transaction tx(db);
  const int64_t id = insert_user(db, actor, check_new_user(db, in), hash, in.must_change_password);
  tx.commit();
  return get_user(db, id);
}

UserView update_user(store::Connection& db, const Actor& actor, int64_t id, const UserPatch& p) {
  require_admin(actor);
  std::optional<std::string> hash;
  if (p.password) {
    check_password_policy(*p.password, "password");
    hash = crypto::hash_password(*p.password);
  }
  store::Transaction tx(db);
  UserView before = get_user(db, id);
  const Role role = p.role ? role_of(*p.role) : before.role;
  // A role change may invalidate the scope; the pair is always checked together.
  const ScopeView scope = resolve_scope(db, role, p.scope.value_or(before.scope.scope.to_string()));
  const std::string full_name = p.full_name ? clean_full_name(*p.full_name) : before.full_name;
  const bool disabled = p.disabled.value_or(before.disabled);
  if (id == actor.user_id && (disabled || role != Role::admin))
    throw bad_request("user.self_lockout", "Không thể tự khóa hoặc tự hạ quyền tài khoản quản trị đang dùng");
  db.query(
      "UPDATE users SET full_name = $1, role = $2, scope_kind = $3, scope_id = $4, province_code = $5, "
      "search_key = $6, disabled = $7 WHERE id = $8",
      {full_name, std::string(to_string(role)), std::string(to_string(scope.scope.kind)), scope.scope.id,
       scope.province_code, text::search_key(full_name + " " + before.username), disabled, id});
  if (hash)
    db.query("UPDATE users SET password_hash = $1, password_changed_at = $2, must_change_password = 1 WHERE id = $3",
             {*hash, now_seconds(), id});
  // New rights or a new password take effect at once: the user signs in again.
  if (hash || disabled || role != before.role || scope.scope.to_string() != before.scope.scope.to_string())
    db.query("DELETE FROM sessions WHERE user_id = $1", {id});
  auto e = event_by(actor, "user.update", "user", std::to_string(id));
  e.province_code = scope.province_code;
  e.detail_json = std::string("{\"role\":\"") + std::string(to_string(role)) + "\",\"scope\":\"" +
                  scope.scope.to_string() + "\",\"disabled\":" + (disabled ? "true" : "false") +
                  ",\"password_reset\":" + (hash ? "true" : "false") + "}";
  append_audit(db, e);
  tx.commit();
  return get_user(db, id);
}

std::string username_sql(const std::string& id_column) {
  return "(SELECT un.username FROM users un WHERE un.id = " + id_column + ")";
}

std::string user_display_name_sql(const std::string& id_column) {
  return "(SELECT CASE WHEN ud.full_name = '' THEN ud.username ELSE ud.full_name END FROM users ud WHERE ud.id = " +
         id_column + ")";
}

std::string user_full_name_sql(const std::string& id_column) {
  return "(SELECT uf.full_name FROM users uf WHERE uf.id = " + id_column + ")";
}

std::string user_enabled_sql(const std::string& id_column) {
  return "EXISTS (SELECT 1 FROM users ue WHERE ue.id = " + id_column + " AND ue.disabled = 0)";
}

Actor cli_actor() {
  Actor a;
  a.username = "cli";
  a.full_name = "Quản trị qua dòng lệnh";
  a.role = Role::admin;
  return a;
}

}  // namespace pcmt::app
