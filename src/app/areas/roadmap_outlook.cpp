#include "app/areas/roadmap_outlook.hpp"

#include <map>

#include "app/areas/drug_free_workflow.hpp"
#include "app/areas/facts.hpp"
#include "app/areas/window.hpp"
#include "core/areas/classify_json.hpp"
#include "core/areas/closest_drug_free.hpp"
#include "core/areas/roadmap_projection.hpp"

namespace pcmt::app::areas {
namespace json = boost::json;

json::object roadmap_outlook(store::Connection& db, const Actor& actor) {
  auto out = roadmap(db, actor);
  const int64_t communes = out.at("commune_count").as_int64();
  std::map<int, int64_t> history;
  for (const auto& r : db.query("SELECT year FROM area_drug_free_lists WHERE province_code = $1",
                                {actor.province_code})
                           .rows)
    history[static_cast<int>(r.i64(0))] = 0;  // a frozen list with no commune is a real zero
  std::map<int64_t, int64_t> targets;
  for (const auto& item : out.at("items").as_array()) {
    const auto& o = item.as_object();
    const int64_t year = o.at("year").as_int64();
    if (o.at("approved").as_int64() > 0) history[static_cast<int>(year)] = o.at("approved").as_int64();
    if (!o.at("target_communes").is_null()) targets[year] = o.at("target_communes").as_int64();
  }
  std::vector<pcmt::areas::YearCount> actual;
  json::array history_json;
  for (const auto& [year, n] : history) {
    actual.push_back({year, n});
    history_json.push_back(json::object{{"year", year}, {"communes", n}});
  }
  const auto p = pcmt::areas::project_roadmap(actual, communes, kRoadmapHorizon);
  json::array years;
  for (const auto& y : p.years) {
    const auto t = targets.find(y.year);
    years.push_back(json::object{{"year", y.year},
                                 {"communes", y.communes},
                                 {"trend", y.trend},
                                 {"target_communes", t == targets.end() ? json::value(nullptr) : json::value(t->second)}});
  }
  out["projection"] = json::object{{"enough_history", p.enough_history},
                                   {"slope_per_year", p.slope_per_year},
                                   {"horizon", kRoadmapHorizon},
                                   {"history", std::move(history_json)},
                                   {"years", std::move(years)}};
  return out;
}

json::object closest_communes(store::Connection& db, const Actor& actor, int year, int limit) {
  const auto& rules = rules_for_year(year);
  const std::string only = actor.scope.kind == ScopeKind::commune ? actor.scope.id : std::string();
  const auto set = count_facts(db, actor.province_code, window_of_year(year), only);
  std::vector<pcmt::areas::CommuneFacts> facts;
  for (const auto& c : set.communes) facts.push_back(c.facts);
  const auto run = pcmt::areas::classify_all(set.province, facts, rules, year);
  const auto ranked = pcmt::areas::closest_to_drug_free(facts, run.communes, rules);
  json::array items;
  for (const auto& c : ranked) {
    if (static_cast<int>(items.size()) >= limit) break;
    json::array missing;
    for (const auto& m : c.missing)
      missing.push_back(json::object{{"criterion", m.criterion}, {"source", m.source}, {"undecided", m.undecided},
                                     {"excess", m.excess}, {"text", m.text}});
    items.push_back(json::object{{"code", set.communes[c.index].facts.code},
                                 {"name", set.communes[c.index].name},
                                 {"unmet", c.unmet},
                                 {"undecided", c.undecided},
                                 {"excess", c.excess},
                                 {"missing", std::move(missing)}});
  }
  return {{"year", year}, {"total", static_cast<int64_t>(ranked.size())}, {"items", std::move(items)}};
}

}  // namespace pcmt::app::areas
