#include "app/auth.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/crypto.hpp"
#include "app/error.hpp"
#include "app/fingerprint.hpp"

namespace pcmt::app {
namespace {

struct Throttle {
  int failures = 0;
  int64_t window_start = 0;
  int64_t locked_until = 0;
};

Throttle read_throttle(store::Connection& db, const std::string& key) {
  auto r = db.query("SELECT failures, window_start, locked_until FROM login_throttle WHERE throttle_key = $1", {key});
  if (r.empty()) return {};
  return {static_cast<int>(r.rows[0].i64(0)), r.rows[0].i64(1), r.rows[0].i64(2)};
}

void record_failure(store::Connection& db, const std::string& key, int limit, const SessionPolicy& p, int64_t now) {
  // Counters past their window count for nothing: dropping them keeps the table small whatever
  // names are tried, and clears keys written before usernames were fingerprinted.
  db.query("DELETE FROM login_throttle WHERE window_start < $1 AND locked_until < $2", {now - p.window_seconds, now});
  Throttle t = read_throttle(db, key);
  if (now - t.window_start > p.window_seconds) t = {0, now, 0};
  ++t.failures;
  if (t.failures >= limit) t.locked_until = now + p.window_seconds;
  db.query(
      "INSERT INTO login_throttle (throttle_key, failures, window_start, locked_until) VALUES ($1,$2,$3,$4) "
      "ON CONFLICT (throttle_key) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start, "
      "locked_until = excluded.locked_until",
      {key, t.failures, t.window_start, t.locked_until});
}

Error invalid_credentials() {
  return Error(ErrorKind::unauthenticated, "auth.invalid_credentials", "Tên đăng nhập hoặc mật khẩu không đúng");
}

std::string minutes_left(int64_t until, int64_t now) { return std::to_string((until - now + 59) / 60); }

// Argon2 verification against a fixed hash for unknown usernames, so timing does not reveal which exist.
const std::string& dummy_hash() {
  static const std::string h = crypto::hash_password("pcmt-not-a-password");
  return h;
}

// The user columns id, username, full_name, role, scope_kind, scope_id, province_code,
// must_change_password, starting at column `first`.
Actor actor_from_row(const store::Row& row, size_t first) {
  Actor a;
  a.user_id = row.i64(first);
  a.username = row.str(first + 1);
  a.full_name = row.str(first + 2);
  a.role = parse_role(row.str(first + 3)).value_or(Role::leader);
  a.scope = {parse_scope_kind(row.str(first + 4)).value_or(ScopeKind::province), row.str(first + 5)};
  a.province_code = row.str(first + 6);
  a.must_change_password = row.boolean(first + 7);
  return a;
}

}  // namespace

std::optional<Actor> load_actor(store::Connection& db, int64_t user_id) {
  auto r = db.query(
      "SELECT u.id, u.username, u.full_name, u.role, u.scope_kind, u.scope_id, u.province_code, "
      "u.must_change_password FROM users u WHERE u.id = $1 AND u.disabled = 0",
      {user_id});
  if (r.empty()) return std::nullopt;
  return actor_from_row(r.rows[0], 0);
}

Session login(store::Connection& db, const std::string& username, const std::string& password,
              const std::string& client_ip, const SessionPolicy& p) {
  const int64_t now = now_seconds();
  // Keyed, so the throttle table never holds what was typed (a password in the username box).
  const std::string user_key = "user:" + fingerprint(db, "login.username", username);
  const std::string ip_key = "ip:" + client_ip;
  const Throttle ip_state = read_throttle(db, ip_key);
  if (ip_state.locked_until > now)
    throw Error(ErrorKind::too_many, "auth.throttled",
                "Quá nhiều lần đăng nhập sai từ máy này. Vui lòng thử lại sau " +
                    minutes_left(ip_state.locked_until, now) + " phút");
  const Throttle user_state = read_throttle(db, user_key);

  auto found = db.query("SELECT id, password_hash, disabled, province_code FROM users WHERE username = $1", {username});
  // The slow hash check runs before the write transaction, so it never holds the write lock.
  const bool known = !found.empty();
  const bool password_ok =
      crypto::verify_password(known ? found.rows[0].str(1) : dummy_hash(), password) && known;
  const bool locked = user_state.locked_until > now;
  const bool ok = password_ok && !locked && found.rows[0].i64(2) == 0;

  store::Transaction tx(db);
  // An unknown name is not kept in any form: the append-only trail would hold it for ever, and a
  // name is often a password typed into the wrong box.
  AuditEvent e;
  e.actor = known ? username : "-";
  e.object_type = "user";
  e.object_id = known ? found.rows[0].str(0) : "-";
  if (known) {
    e.actor_id = found.rows[0].i64(0);
    e.province_code = found.rows[0].str(3);
  }
  if (!ok) {
    e.action = "auth.login_failed";
    e.detail_json = boost::json::serialize(boost::json::object{
        {"reason", locked ? "locked" : "invalid_credentials"}, {"account", known ? "known" : "unknown"}});
    if (!locked) {
      record_failure(db, user_key, p.user_failures, p, now);
      record_failure(db, ip_key, p.ip_failures, p, now);
    }
    append_audit(db, e);
    tx.commit();
    if (locked)
      throw Error(ErrorKind::too_many, "auth.locked",
                  "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau " +
                      minutes_left(user_state.locked_until, now) + " phút");
    throw invalid_credentials();
  }
  db.query("DELETE FROM login_throttle WHERE throttle_key = $1", {user_key});
  Session s;
  s.token = crypto::random_token();
  s.csrf_token = crypto::random_token();
  s.actor = load_actor(db, found.rows[0].i64(0)).value();
  s.actor.client_ip = client_ip;
  db.query(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) "
      "VALUES ($1,$2,$3,$4,$4,$5)",
      {crypto::sha256_hex(s.token), s.actor.user_id, s.csrf_token, now, now + p.absolute_seconds});
  e.action = "auth.login";
  append_audit(db, e);
  tx.commit();
  return s;
}

std::optional<Session> resolve_session(store::Connection& db, const std::string& token, const SessionPolicy& p) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  const std::string hash = crypto::sha256_hex(token);
  auto r = db.query(
      "SELECT s.csrf_token, s.last_seen_at, s.expires_at, u.id, u.username, u.full_name, u.role, u.scope_kind, "
      "u.scope_id, u.province_code, u.must_change_password FROM sessions s JOIN users u ON u.id = s.user_id "
      "WHERE s.token_hash = $1 AND u.disabled = 0",
      {hash});
  if (r.empty()) return std::nullopt;
  const auto& row = r.rows[0];
  const int64_t now = now_seconds();
  const int64_t last_seen = row.i64(1);
  if (now >= row.i64(2) || now - last_seen > p.idle_seconds) {
    db.query("DELETE FROM sessions WHERE token_hash = $1", {hash});
    return std::nullopt;
  }
  // Written at most once a minute: a write per request would serialise every read on SQLite.
  if (now - last_seen >= p.touch_every_seconds)
    db.query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2", {now, hash});
  Session s;
  s.token = token;
  s.csrf_token = row.str(0);
  s.actor = actor_from_row(row, 3);
  return s;
}

void logout(store::Connection& db, const Session& s) {
  store::Transaction tx(db);
  db.query("DELETE FROM sessions WHERE token_hash = $1", {crypto::sha256_hex(s.token)});
  append_audit(db, event_by(s.actor, "auth.logout", "user", std::to_string(s.actor.user_id)));
  tx.commit();
}

void check_password_policy(const std::string& password, const std::string& field) {
  // Length over composition rules (NIST SP 800-63B); 10 characters is this deployment's floor.
  if (password.size() < 10)
    throw bad_request("auth.weak_password", "Mật khẩu phải có ít nhất 10 ký tự", field);
  if (password.size() > 256) throw bad_request("auth.weak_password", "Mật khẩu quá dài (tối đa 256 ký tự)", field);
}

void change_password(store::Connection& db, const Session& s, const std::string& current,
                     const std::string& replacement, const SessionPolicy& p) {
  const int64_t now = now_seconds();
  // Its own key: guessing the current password locks the change, never the sign-in.
  const std::string key = "password:" + std::to_string(s.actor.user_id);
  const Throttle state = read_throttle(db, key);
  auto refuse = [&](const char* reason, bool count_failure, Error error) {
    store::Transaction tx(db);
    if (count_failure) record_failure(db, key, p.user_failures, p, now);
    auto e = event_by(s.actor, "auth.password_change_failed", "user", std::to_string(s.actor.user_id));
    e.detail_json = boost::json::serialize(boost::json::object{{"reason", reason}});
    append_audit(db, e);
    tx.commit();
    throw error;
  };
  if (state.locked_until > now)
    refuse("locked", false,
           Error(ErrorKind::too_many, "auth.password_change_locked",
                 "Đã nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng thử lại sau " +
                     minutes_left(state.locked_until, now) + " phút"));
  auto r = db.query("SELECT password_hash FROM users WHERE id = $1", {s.actor.user_id});
  if (r.empty() || !crypto::verify_password(r.rows[0].str(0), current))
    refuse("wrong_password", true,
           bad_request("auth.wrong_password", "Mật khẩu hiện tại không đúng", "current_password"));
  try {
    check_password_policy(replacement, "new_password");
  } catch (const Error& weak) {
    refuse("weak_password", false, weak);
  }
  const std::string hash = crypto::hash_password(replacement);
  store::Transaction tx(db);
  db.query("UPDATE users SET password_hash = $1, password_changed_at = $2, must_change_password = 0 WHERE id = $3",
           {hash, now_seconds(), s.actor.user_id});
  db.query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2",
           {s.actor.user_id, crypto::sha256_hex(s.token)});
  db.query("DELETE FROM login_throttle WHERE throttle_key = $1", {key});
  append_audit(db, event_by(s.actor, "auth.password_change", "user", std::to_string(s.actor.user_id)));
  tx.commit();
}

}  // namespace pcmt::app
