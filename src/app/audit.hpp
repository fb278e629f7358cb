#pragma once
// The audit trail: one row per write, per login (success or failure), per export and per read of
// a person-level record. Rows are hash-chained; verify() walks the chain.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app {

struct AuditEvent {
  std::optional<int64_t> actor_id;
  std::string actor;  // username at the time, "-" when nobody is signed in
  std::string action;  // "auth.login", "commune.update", "user.create", ...
  std::string object_type;
  std::string object_id;
  std::optional<std::string> province_code;
  std::optional<std::string> reason;
  std::string detail_json = "{}";  // never personal data of registry persons beyond ids
};

AuditEvent event_by(const Actor& actor, std::string action, std::string object_type, std::string object_id);

// Appends inside the caller's transaction, so the audit row commits or rolls back with the change.
void append_audit(store::Connection& db, const AuditEvent& e);

struct AuditVerification {
  bool ok = true;
  int64_t checked = 0;
  std::optional<int64_t> first_bad_seq;
  std::string problem;
};
AuditVerification verify_audit(store::Connection& db);

struct AuditRow {
  int64_t seq, at_ms;
  std::string actor, action, object_type, object_id;
  std::optional<std::string> reason;
  std::string detail_json;
  // What people read instead of the codes: the actor's and the object's names, and the names of the scopes,
  // communes and provinces the detail mentions, keyed by the value as written there.
  std::optional<std::string> actor_name, object_name;
  std::map<std::string, std::string> names;
};
struct AuditFilter {
  std::string actor, action, object_type;
  std::string from, to;  // ISO dates, Vietnam time, inclusive
  int page = 1, page_size = 50;
};
struct AuditPage {
  std::vector<AuditRow> items;
  int64_t total = 0;
};
AuditPage list_audit(store::Connection& db, const Actor& actor, const AuditFilter& f);

}  // namespace pcmt::app
