#include "app/people/rule_book.hpp"

#include <cmath>
#include <map>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/jobs/jobs.hpp"
#include "app/people/access.hpp"
#include "app/users.hpp"
#include "core/people/deadline_rules.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::people {
namespace json = boost::json;

namespace {

constexpr std::string_view kTopic = "people";

const rules::RuleBook& embedded_book() {
  static const rules::RuleBook book = rules::RuleBook::embedded();
  return book;
}

struct Override {
  double value;
  std::string source, by;
  int64_t at;
};

std::map<std::pair<std::string, std::string>, Override> load_overrides(store::Connection& db) {
  std::map<std::pair<std::string, std::string>, Override> out;
  auto rows = db.query("SELECT o.pack_id, o.param, o.value, o.source, COALESCE(" + username_sql("o.set_by") +
                       ", ''), o.set_at FROM rule_pack_overrides o");
  for (const auto& r : rows.rows) out[{r.str(0), r.str(1)}] = {std::stod(r.str(2)), r.str(3), r.str(4), r.i64(5)};
  return out;
}

json::value as_json_number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return json::value(static_cast<int64_t>(v));
  return json::value(v);
}

RulePackView view_of(const rules::RulePack& shipped, const rules::RuleBook& effective,
                     const std::map<std::pair<std::string, std::string>, Override>& overrides) {
  RulePackView v{shipped.id(), shipped.topic(), shipped.title(), shipped.effective_from(), shipped.effective_to(), {}};
  const rules::RulePack* current = nullptr;
  for (const auto& p : effective.packs())
    if (p.id() == shipped.id()) current = &p;
  for (const auto& [name, raw] : shipped.params()) {
    const auto& o = raw.as_object();
    RuleParamView p;
    p.name = name;
    if (const auto* u = o.if_contains("unit"); u && u->is_string()) p.unit = u->as_string();
    p.source = shipped.source(name);
    p.unknown = shipped.is_unknown(name);
    if (const auto* c = o.if_contains("confirmed"); c && c->is_bool()) p.confirmed = c->as_bool();
    if (current && !current->is_unknown(name) && current->value(name).is_number())
      p.value = current->value(name).to_number<double>();
    if (auto it = overrides.find({shipped.id(), std::string(name)}); it != overrides.end()) {
      p.overridden = true;
      p.override_source = it->second.source;
      p.override_by = it->second.by;
      p.override_at = it->second.at;
    }
    v.params.push_back(std::move(p));
  }
  return v;
}

}  // namespace

std::string deadline_source(const std::string& kind, const std::string& pack_id, const std::string& params) {
  const rules::RulePack* pack = nullptr;
  for (const auto& p : embedded_book().packs())
    if (p.id() == pack_id) pack = &p;
  std::string out;
  size_t start = 0;
  while (pack && start < params.size()) {
    size_t end = params.find(',', start);
    if (end == std::string::npos) end = params.size();
    const std::string name = params.substr(start, end - start);
    if (pack->has(name)) {
      if (!out.empty()) out += "; ";
      out += pack->source(name);
    }
    start = end + 1;
  }
  if (out.empty() && params.empty()) {
    try {
      out = std::string(::pcmt::people::deadline_rule(kind).basis);
    } catch (const std::out_of_range&) {
    }
  }
  return out;
}

rules::RuleBook people_rule_book(store::Connection& db) {
  rules::RuleBook book = embedded_book();
  for (const auto& [key, o] : load_overrides(db))
    if (auto* pack = book.find(key.first); pack && pack->has(key.second)) pack->set(key.second, as_json_number(o.value));
  return book;
}

std::vector<RulePackView> list_rule_packs(store::Connection& db, const Actor& actor) {
  require_read(actor);
  const auto overrides = load_overrides(db);
  const auto effective = people_rule_book(db);
  std::vector<RulePackView> out;
  for (const auto& pack : embedded_book().packs())
    if (pack.topic() == kTopic) out.push_back(view_of(pack, effective, overrides));
  return out;
}

int64_t set_rule_value(store::Connection& db, const Actor& actor, const std::string& pack_id,
                          const std::string& param, double value, const std::string& source_raw, calendar::Date today) {
  if (actor.role != Role::admin) throw forbidden();
  const rules::RulePack* shipped = nullptr;
  for (const auto& p : embedded_book().packs())
    if (p.id() == pack_id && p.topic() == kTopic) shipped = &p;
  if (!shipped || !shipped->has(param)) throw not_found();
  if (!std::isfinite(value) || value < 0 || value > 1'000'000)
    throw bad_request("rules.value_invalid", "Giá trị phải là số không âm", "value");
  const std::string source = text::to_nfc(text::trim(source_raw));
  if (source.empty() || source.size() > 1000)
    throw bad_request("rules.source_required", "Cần ghi căn cứ pháp lý (văn bản, điều khoản) của giá trị", "source");

  store::Transaction tx(db);
  db.query("DELETE FROM rule_pack_overrides WHERE pack_id = $1 AND param = $2", {pack_id, param});
  db.query(
      "INSERT INTO rule_pack_overrides (pack_id, param, value, source, set_by, set_at) VALUES ($1,$2,$3,$4,$5,$6)",
      {pack_id, param, json::serialize(as_json_number(value)), source, actor.user_id, now_seconds()});
  // The value applies from now on (every event recorded meanwhile replays under it); the people
  // already recorded are recomputed by a job, in chunks, so nobody waits for them.
  const int64_t job = jobs::enqueue(
      db, actor, {std::string(kRecomputeJob), json::object{{"pack", pack_id}, {"today", today.iso()}}, false});
  auto e = event_by(actor, "rules.set_value", "rule_pack", pack_id);
  e.province_code.reset();  // a rule value is national
  e.detail_json =
      json::serialize(json::object{{"param", param}, {"value", as_json_number(value)}, {"job", job}});
  append_audit(db, e);
  tx.commit();
  return job;
}

RulePackView rule_pack_view(store::Connection& db, const std::string& pack_id) {
  for (const auto& p : embedded_book().packs())
    if (p.id() == pack_id) return view_of(p, people_rule_book(db), load_overrides(db));
  throw not_found();
}

}  // namespace pcmt::app::people
