#include "app/audit.hpp"

#include <boost/json.hpp>

#include "app/audit_names.hpp"
#include "app/clock.hpp"
#include "app/crypto.hpp"
#include "app/error.hpp"
#include "core/calendar/instant.hpp"
#include "store/params.hpp"

namespace pcmt::app {
namespace {

// The fields a row's hash covers, in a fixed order with unambiguous separators.
std::string canonical(int64_t seq, int64_t at_ms, const std::optional<int64_t>& actor_id, const std::string& actor,
                      const std::string& action, const std::string& object_type, const std::string& object_id,
                      const std::optional<std::string>& province, const std::optional<std::string>& reason,
                      const std::string& detail, const std::string& prev_hash) {
  std::string s;
  auto add = [&s](const std::string& v) {
    s += std::to_string(v.size());
    s += ':';
    s += v;
    s += '|';
  };
  add(prev_hash);
  add(std::to_string(seq));
  add(std::to_string(at_ms));
  add(actor_id ? std::to_string(*actor_id) : "");
  add(actor);
  add(action);
  add(object_type);
  add(object_id);
  add(province.value_or("\x01"));
  add(reason.value_or("\x01"));
  add(detail);
  return s;
}

}  // namespace

AuditEvent event_by(const Actor& actor, std::string action, std::string object_type, std::string object_id) {
  AuditEvent e;
  e.actor_id = actor.user_id;
  e.actor = actor.username;
  e.action = std::move(action);
  e.object_type = std::move(object_type);
  e.object_id = std::move(object_id);
  e.province_code = actor.province_code;
  return e;
}

void append_audit(store::Connection& db, const AuditEvent& e) {
  // The UPDATE takes the head's row lock: concurrent appenders queue here, so the chain never forks.
  auto head = db.query("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash").one();
  const int64_t seq = head.i64(0);
  const std::string prev = head.str(1);
  const int64_t at = now_ms();
  const std::string hash = crypto::sha256_hex(canonical(seq, at, e.actor_id, e.actor, e.action, e.object_type,
                                                        e.object_id, e.province_code, e.reason, e.detail_json, prev));
  db.query(
      "INSERT INTO audit_log (seq, at_ms, actor_id, actor, action, object_type, object_id, province_code, reason, "
      "detail, prev_hash, hash) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)",
      {seq, at, e.actor_id, e.actor, e.action, e.object_type, e.object_id, e.province_code, e.reason, e.detail_json,
       prev, hash});
  db.query("UPDATE audit_head SET hash = $1 WHERE id = 1", {hash});
}

AuditVerification verify_audit(store::Connection& db) {
  AuditVerification v;
  std::string expected_prev(64, '0');
  int64_t expected_seq = 1;
  // Walk in pages: the log grows without bound.
  for (int64_t after = 0;;) {
    auto page = db.query(
        "SELECT seq, at_ms, actor_id, actor, action, object_type, object_id, province_code, reason, detail, "
        "prev_hash, hash FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 5000",
        {after});
    for (const auto& r : page.rows) {
      const int64_t seq = r.i64(0);
      auto bad = [&](std::string problem) {
        v.ok = false;
        v.first_bad_seq = seq;
        v.problem = std::move(problem);
      };
      if (seq != expected_seq) {
        v.ok = false;
        v.first_bad_seq = expected_seq;
        v.problem = "row " + std::to_string(expected_seq) + " is missing";
        return v;
      }
      if (r.str(10) != expected_prev) {
        bad("row " + std::to_string(seq) + " does not follow the previous row (reordered or removed)");
        return v;
      }
      const std::string recomputed = crypto::sha256_hex(canonical(seq, r.i64(1), r.opt_i64(2), r.str(3), r.str(4),
                                                                  r.str(5), r.str(6), r.opt_str(7), r.opt_str(8),
                                                                  r.str(9), r.str(10)));
      if (recomputed != r.str(11)) {
        bad("row " + std::to_string(seq) + " was modified");
        return v;
      }
      expected_prev = r.str(11);
      ++expected_seq;
      ++v.checked;
      after = seq;
    }
    if (page.rows.size() < 5000) break;
  }
  auto head = db.query("SELECT seq, hash FROM audit_head WHERE id = 1").one();
  if (head.i64(0) != v.checked || head.str(1) != expected_prev) {
    v.ok = false;
    v.first_bad_seq = v.checked + 1;
    v.problem = "the newest rows were removed (head is at row " + std::to_string(head.i64(0)) + ")";
  }
  return v;
}

namespace {

// Names for the codes at the top level of a row's detail: scopes ("province:40") and commune or province codes.
void name_detail(AuditNamer& namer, AuditRow& row) {
  boost::json::error_code ec;
  const auto detail = boost::json::parse(row.detail_json, ec);
  if (ec || !detail.is_object()) return;
  for (const auto& [key, value] : detail.as_object()) {
    if (!value.is_string()) continue;
    const std::string v(value.as_string());
    std::optional<std::string> name;
    if (key == "scope") name = namer.scope(v);
    else if (key == "commune_code") name = namer.object("commune", v);
    else if (key == "province_code") name = namer.object("province", v);
    if (name) row.names.emplace(v, *name);
  }
}

}  // namespace

AuditPage list_audit(store::Connection& db, const Actor& actor, const AuditFilter& f) {
  if (!actor.can_read_audit()) throw forbidden();
  std::string where = " WHERE 1=1";
  store::Params params;
  auto add = [&](const std::string& clause, store::Value v) {
    where += " AND " + clause + " " + store::bind_param(params, std::move(v));
  };
  if (!f.actor.empty()) add("actor =", f.actor);
  if (!f.action.empty()) add("action =", f.action);
  if (!f.object_type.empty()) add("object_type =", f.object_type);
  if (!f.from.empty()) add("at_ms >=", calendar::vn_day_start_ms(parse_date_param(f.from, "from")));
  if (!f.to.empty()) add("at_ms <", calendar::vn_day_start_ms(parse_date_param(f.to, "to").add_days(1)));
  // Only an admin sees every province; an auditor sees its own province's trail.
  if (actor.role != Role::admin) add("province_code =", actor.province_code);
  AuditPage page;
  page.total = db.query("SELECT COUNT(*) FROM audit_log" + where, params).one().i64(0);
  params.push_back(f.page_size);
  params.push_back(static_cast<int64_t>(f.page - 1) * f.page_size);
  const auto n = params.size();
  auto rows = db.query("SELECT seq, at_ms, actor, action, object_type, object_id, reason, detail, actor_id FROM audit_log" +
                           where +
                           " ORDER BY seq DESC LIMIT $" + std::to_string(n - 1) + " OFFSET $" + std::to_string(n),
                       params);
  AuditNamer namer(db);
  for (const auto& r : rows.rows) {
    AuditRow row{r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.str(5), r.opt_str(6), r.str(7), {}, {}, {}};
    if (auto id = r.opt_i64(8)) row.actor_name = namer.user(*id);
    row.object_name = namer.object(row.object_type, row.object_id);
    name_detail(namer, row);
    page.items.push_back(std::move(row));
  }
  return page;
}

}  // namespace pcmt::app
