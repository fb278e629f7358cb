#include "core/areas/classify_json.hpp"

#include "core/areas/evaluation_window.hpp"

namespace pcmt::areas {
namespace json = boost::json;

namespace {

json::value tri_json(Tri t) { return t == Tri::unknown ? json::value(nullptr) : json::value(t == Tri::yes); }

json::value optional_json(std::optional<double> v) { return v ? json::value(*v) : json::value(nullptr); }

template <class Strings>
json::array string_array(const Strings& items) {
  json::array a;
  for (const auto& s : items) a.emplace_back(json::string_view(s.data(), s.size()));
  return a;
}

json::object commune_json(const CommuneClassification& c, bool explain) {
  json::object o;
  o["code"] = c.code;
  o["type"] = c.type ? json::string(to_string(*c.type)) : json::string("insufficient_data");
  json::object criteria;
  const auto table = commune_criteria();
  for (size_t i = 0; i < table.size(); ++i) criteria[table[i].id] = tri_json(c.criteria[i]);
  o["criteria"] = std::move(criteria);
  o["drug_free"] = tri_json(c.drug_free.drug_free);
  o["drug_free_unmet"] = string_array(c.drug_free.unmet());
  // Present only when there is something to say, so complete facts give exactly the contract.
  if (!c.type) {
    json::array possible;
    for (KeyType t : c.possible_types) possible.emplace_back(json::string(to_string(t)));
    o["possible_types"] = std::move(possible);
  }
  if (!c.missing.empty()) o["missing"] = string_array(c.missing);
  if (explain) {
    o["drug_free_undecided"] = string_array(c.drug_free.undecided());
    o["rates_percent"] = {{"managed_users", optional_json(c.users_rate_percent)},
                          {"arrested_offenders", optional_json(c.offenders_rate_percent)}};
    json::object sources;
    for (const auto& row : table) sources[row.id] = json::string(row.source);
    for (const auto& row : drug_free_criteria()) sources[std::string("drug_free.") + std::string(row.id)] = json::string(row.source);
    o["sources"] = std::move(sources);
  }
  return o;
}

json::value optional_count(std::optional<int64_t> v) { return v ? json::value(*v) : json::value(nullptr); }

json::object province_json(const ProvinceAssessment& p, bool explain) {
  json::object o;
  o["key_complex"] = tri_json(p.key_complex);
  json::object criteria;
  const auto table = province_criteria();
  for (size_t i = 0; i < table.size(); ++i) criteria[table[i].id] = tri_json(p.criteria[i]);
  o["criteria"] = std::move(criteria);
  if (!p.missing.empty()) o["missing"] = string_array(p.missing);
  if (explain) {
    const auto& t = p.totals;
    o["code"] = p.code;
    o["totals"] = {{"population", optional_count(t.population)},
                   {"managed_users", optional_count(t.managed_users)},
                   {"use_points", optional_count(t.use_points)},
                   {"arrested_offenders", optional_count(t.arrested_offenders)},
                   {"plants", optional_count(t.plants)},
                   {"plant_area_m2", t.plant_area_m2_x100 ? json::value(static_cast<double>(*t.plant_area_m2_x100) / kAreaScale)
                                                          : json::value(nullptr)},
                   {"commune_count", t.commune_count},
                   {"type_I_or_II_communes", t.key_communes_certain},
                   {"type_I_or_II_communes_possible", t.key_communes_possible}};
    o["rates_percent"] = {{"managed_users", optional_json(p.users_rate_percent)},
                          {"arrested_offenders", optional_json(p.offenders_rate_percent)},
                          {"type_I_or_II_communes", optional_json(p.key_commune_share_percent)}};
    json::object sources;
    for (const auto& row : table) sources[row.id] = json::string(row.source);
    o["sources"] = std::move(sources);
  }
  return o;
}

}  // namespace

ClassificationRun classify_all(const ProvinceFacts& province, const std::vector<CommuneFacts>& communes,
                               const AreaRules& rules, int year) {
  ClassificationRun run;
  run.year = year;
  run.pack_id = rules.pack_id;
  run.communes.reserve(communes.size());
  for (const auto& c : communes) run.communes.push_back(classify_commune(c, rules));
  run.province = assess_province(province, communes, run.communes, rules);
  return run;
}

json::object to_json(const ClassificationRun& run, const AreaRules& rules, bool explain) {
  json::object out;
  if (explain) {
    const auto window = evaluation_window(run.year, rules.calendar);
    out["year"] = run.year;
    out["rule_pack"] = run.pack_id;
    out["window"] = {{"from", to_iso(window.first_day)}, {"to", to_iso(window.last_day)}};
  }
  json::array communes;
  communes.reserve(run.communes.size());
  for (const auto& c : run.communes) communes.emplace_back(commune_json(c, explain));
  out["communes"] = std::move(communes);
  out["province"] = province_json(run.province, explain);
  return out;
}

std::string classify_json(std::string_view facts_json, const rules::RuleBook& book, std::optional<int> year,
                          int default_year, bool explain) {
  const auto facts = parse_facts_json(facts_json);
  const int y = year.value_or(facts.year.value_or(default_year));
  const auto rules = AreaRules::from_pack(areas_pack_for_year(book, y));
  return json::serialize(to_json(classify_all(facts.province, facts.communes, rules, y), rules, explain));
}

}  // namespace pcmt::areas
