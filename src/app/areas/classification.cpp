#include "app/areas/classification.hpp"

#include "app/areas/facts.hpp"
#include "app/areas/registry.hpp"
#include "app/areas/window.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "app/scope.hpp"
#include "core/areas/classify_json.hpp"

namespace pcmt::app::areas {
namespace {

json::object facts_json(const pcmt::areas::CommuneFacts& f) {
  json::object o;
  for (const auto& field : pcmt::areas::kCommuneFactFields) {
    if (!field.known(f)) {
      o[field.name] = nullptr;
    } else if (field.kind == pcmt::areas::FactKind::flag) {
      o[field.name] = *(f.*field.flag);
    } else if (field.kind == pcmt::areas::FactKind::area_m2) {
      o[field.name] = static_cast<double>(*(f.*field.number)) / pcmt::areas::kAreaScale;
    } else {
      o[field.name] = *(f.*field.number);
    }
  }
  return o;
}

// The core's result document with each commune's name and facts added.
json::object run_json(const ProvinceFactsSet& set, int year) {
  const auto& rules = rules_for_year(year);
  std::vector<pcmt::areas::CommuneFacts> facts;
  for (const auto& c : set.communes) facts.push_back(c.facts);
  auto doc = pcmt::areas::to_json(pcmt::areas::classify_all(set.province, facts, rules, year), rules, true);
  auto& communes = doc["communes"].as_array();
  for (size_t i = 0; i < communes.size(); ++i) {
    auto& c = communes[i].as_object();
    c["name"] = set.communes[i].name;
    c["facts"] = facts_json(set.communes[i].facts);
  }
  return doc;
}

json::array ids(store::Connection& db, const std::string& sql, const store::Params& p) {
  json::array out;
  for (const auto& r : db.query(sql, p).rows) out.push_back(r.i64(0));
  return out;
}

}  // namespace

json::object classify_province(store::Connection& db, const Actor& actor, const std::string& province, int year) {
  const std::string code = province.empty() ? actor.province_code : province;
  if (!scope::reaches(actor, {.province = code})) throw not_found();
  if (!province_exists(db, code)) throw not_found();
  const auto w = window_of_year(year);
  if (actor.scope.kind == ScopeKind::commune) {
    auto doc = run_json(count_facts(db, code, w, actor.scope.id), year);
    doc.erase("province");
    return doc;
  }
  return run_json(count_facts(db, code, w), year);
}

json::object classify_one_commune(store::Connection& db, const Actor& actor, const std::string& code, int year) {
  const Commune commune = get_commune(db, actor, code);  // 404 out of scope
  const auto w = window_of_year(year);
  auto doc = run_json(count_facts(db, commune.province_code, w, code), year);
  json::object out{{"year", doc["year"]}, {"rule_pack", doc["rule_pack"]}, {"window", doc["window"]}};
  out["commune"] = doc["communes"].as_array().at(0);
  const store::Params pw{code, w.from, w.to};
  out["records"] = json::object{
      {"points", ids(db,
                     "SELECT id FROM area_points WHERE commune_code = $1 AND kind IN ('use_point', 'hotspot') AND "
                     "found_date <= $3 AND (eliminated_date IS NULL OR eliminated_date >= $2) ORDER BY id",
                     pw)},
      {"offenders", ids(db,
                        "SELECT id FROM area_offenders WHERE commune_code = $1 AND arrest_date >= $2 AND arrest_date "
                        "<= $3 ORDER BY id",
                        pw)},
      {"plant_finds", ids(db,
                          "SELECT id FROM area_plant_finds WHERE commune_code = $1 AND found_date >= $2 AND "
                          "found_date <= $3 ORDER BY id",
                          pw)},
      {"wanted", ids(db,
                     "SELECT id FROM area_wanted WHERE commune_code = $1 AND since_date <= $2 AND (until_date IS NULL "
                     "OR until_date > $2) ORDER BY id",
                     {code, w.to})},
      {"routes", ids(db,
                     "SELECT r.id FROM area_routes r JOIN area_route_communes rc ON rc.route_id = r.id WHERE "
                     "rc.commune_code = $1 AND r.active_from <= $3 AND (r.active_to IS NULL OR r.active_to >= $2) "
                     "ORDER BY r.id",
                     pw)},
  };
  return out;
}

}  // namespace pcmt::app::areas
