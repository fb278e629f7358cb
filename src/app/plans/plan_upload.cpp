#include "app/plans/plan_upload.hpp"

#include <set>

#include "app/error.hpp"
#include "app/files/isolated_readers.hpp"
#include "app/plans/agency_resolver.hpp"
#include "app/plans/other_province.hpp"
#include "core/plans/plan_error.hpp"

namespace pcmt::app::plans {

namespace {

namespace json = boost::json;

// The strings of `key` in `o` (a list of names, or one text); a child's JSON is checked, not trusted.
std::vector<std::string> strings_at(const json::object& o, const char* key) {
  std::vector<std::string> out;
  const auto* v = o.if_contains(key);
  if (v && v->is_string()) out.emplace_back(v->as_string());
  if (v && v->is_array())
    for (const auto& s : v->as_array())
      if (s.is_string()) out.emplace_back(s.as_string());
  return out;
}

std::string string_at(const json::object& o, const char* key) {
  auto all = strings_at(o, key);
  return all.empty() ? std::string() : all.front();
}

}  // namespace

json::object parse_upload(store::Connection& db, const Actor& actor, const std::string& bytes,
                          const std::string& file_name) {
  if (actor.role == Role::leader || actor.role == Role::auditor) throw forbidden();
  files::PlanReading reading;
  try {
    reading = files::read_plan(bytes);
  } catch (const pcmt::plans::PlanError& e) {
    throw bad_request(e.code(), e.what(), "file");
  } catch (const pcmt::files::FileLimitError& e) {
    throw files::limit_error(e, "file");
  }
  std::string source;
  for (const auto& p : reading.paragraphs) source += p + "\n";

  // Each name once, in order of appearance, with its catalogue id in this province (or null).
  AgencyResolver resolver(db, actor.province_code);
  json::array agencies;
  std::set<std::string> seen;
  if (const auto* tasks = reading.plan.if_contains("tasks"); tasks && tasks->is_array())
    for (const auto& t : tasks->as_array()) {
      if (!t.is_object()) continue;
      for (const char* list : {"lead", "cooperating", "requested"})
        for (const auto& name : strings_at(t.as_object(), list)) {
          if (!seen.insert(name).second) continue;
          auto id = resolver.find(name);
          agencies.push_back(json::object{{"name", name}, {"agency_id", id ? json::value(*id) : json::value(nullptr)}});
        }
    }
  json::array unknown;
  for (const auto& name : strings_at(reading.plan, "unknown_agencies")) unknown.emplace_back(name);
  json::object document;
  if (const auto* d = reading.plan.if_contains("document"); d && d->is_object()) document = d->as_object();
  auto other = other_province_json(actor, string_at(document, "province_code"), string_at(document, "issuer"));
  return {{"plan", std::move(reading.plan)},
          {"source_name", file_name},
          {"source_text", source},
          {"agencies", std::move(agencies)},
          {"unknown_agencies", std::move(unknown)},
          {"other_province", std::move(other)}};
}

}  // namespace pcmt::app::plans
