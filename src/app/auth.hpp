#pragma once
// Sign-in, server-side sessions, throttling and password changes.
#include <optional>
#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app {

struct SessionPolicy {
  int64_t idle_seconds = 30 * 60;        // signed out after 30 minutes without a request
  int64_t absolute_seconds = 12 * 3600;  // and after 12 hours in any case
  int64_t touch_every_seconds = 60;      // last_seen is written at most once a minute per session
  int user_failures = 5;                 // failures per username before a lockout
  int ip_failures = 20;                  // failures per client address before throttling
  int64_t window_seconds = 15 * 60;      // counting window and lockout length
};

struct Session {
  std::string token;  // the cookie value; only its hash is stored
  std::string csrf_token;
  Actor actor;
};

// Throws Error 401 auth.invalid_credentials, 429 auth.locked / auth.throttled. Audits both outcomes.
Session login(store::Connection& db, const std::string& username, const std::string& password,
              const std::string& client_ip, const SessionPolicy& policy = {});
// The session behind a cookie value, or nothing when unknown or expired.
std::optional<Session> resolve_session(store::Connection& db, const std::string& token,
                                       const SessionPolicy& policy = {});
void logout(store::Connection& db, const Session& s);
// Ends every other session of the user. Throws 400 auth.wrong_password / auth.weak_password, and
// 429 auth.password_change_locked once the current password was wrong `user_failures` times within
// the window (counted apart from sign-in failures). Every attempt is audited.
void change_password(store::Connection& db, const Session& s, const std::string& current,
                     const std::string& replacement, const SessionPolicy& policy = {});
// Throws 400 auth.weak_password when the password does not meet the policy.
void check_password_policy(const std::string& password, const std::string& field);

// Loads the actor for a user id (role, scope, names); nothing when the user does not exist.
std::optional<Actor> load_actor(store::Connection& db, int64_t user_id);

}  // namespace pcmt::app
