#include "app/plans/plan_upload.hpp"

#include <set>

#include "app/error.hpp"
#include "app/files/isolated_readers.hpp"
#include "app/plans/agency_resolver.hpp"
#include "app/plans/other_province.hpp"
#include "core/plans/plan_error.hpp"
#include "core/plans/plan_json.hpp"
#include "core/plans/plan_parser.hpp"

namespace pcmt::app::plans {

boost::json::object parse_upload(store::Connection& db, const Actor& actor, const std::string& bytes,
                                 const std::string& file_name) {
  if (actor.role == Role::leader || actor.role == Role::auditor) throw forbidden();
  std::vector<std::string> paragraphs;
  pcmt::plans::ParsedPlan parsed;
  try {
    paragraphs = files::plan_paragraphs(bytes);
    parsed = pcmt::plans::parse_plan_paragraphs(paragraphs);
  } catch (const pcmt::plans::PlanError& e) {
    throw bad_request(e.code(), e.what(), "file");
  } catch (const pcmt::files::FileLimitError& e) {
    throw files::limit_error(e, "file");
  }
  std::string source;
  for (const auto& p : paragraphs) source += p + "\n";

  // Each name once, in order of appearance, with its catalogue id in this province (or null).
  AgencyResolver resolver(db, actor.province_code);
  boost::json::array agencies;
  std::set<std::string> seen;
  for (const auto& t : parsed.tasks)
    for (const auto* list : {&t.lead, &t.cooperating, &t.requested})
      for (const auto& name : *list) {
        if (!seen.insert(name).second) continue;
        auto id = resolver.find(name);
        agencies.push_back(boost::json::object{{"name", name},
                                               {"agency_id", id ? boost::json::value(*id) : boost::json::value(nullptr)}});
      }
  boost::json::array unknown;
  for (const auto& name : parsed.unknown_agencies) unknown.emplace_back(name);
  return {{"plan", pcmt::plans::plan_to_json_value(parsed)},
          {"source_name", file_name},
          {"source_text", source},
          {"agencies", std::move(agencies)},
          {"unknown_agencies", std::move(unknown)},
          {"other_province", other_province_json(actor, parsed.document.province_code, parsed.document.issuer)}};
}

}  // namespace pcmt::app::plans
