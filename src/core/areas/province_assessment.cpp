#include "core/areas/province_assessment.hpp"

#include "core/areas/rate.hpp"

namespace pcmt::areas {

namespace {

// A given total wins; otherwise the sum over the communes, unknown when one of them is.
std::optional<int64_t> total(std::optional<int64_t> given, std::span<const CommuneFacts> communes,
                             std::optional<int64_t> CommuneFacts::*field) {
  if (given) return given;
  int64_t sum = 0;
  for (const auto& c : communes) {
    if (!(c.*field)) return std::nullopt;
    sum += *(c.*field);
  }
  return sum;
}

// Criterion 4: type I + II communes / all communes >= 3%. Decided when the communes known to be
// I or II already reach the share, or when even every undecided one could not.
Tri key_commune_share(const ProvinceTotals& t, const ProvinceThresholds& th) {
  if (t.commune_count <= 0) return Tri::unknown;
  const Tri certain = rate_at_least(t.key_communes_certain, t.commune_count, th.key_commune_share_min_bp);
  const Tri possible = rate_at_least(t.key_communes_possible, t.commune_count, th.key_commune_share_min_bp);
  return certain == Tri::yes ? Tri::yes : possible == Tri::no ? Tri::no : Tri::unknown;
}

const ProvinceCriterion kTable[] = {
    {"1", "QĐ 28/2025/QĐ-TTg Điều 5 (tiêu chí 1)",
     [](const ProvinceTotals& t, const ProvinceThresholds& th) {
       return rate_at_least(t.managed_users, t.population, th.users_rate_min_bp);
     }},
    {"2", "QĐ 28/2025/QĐ-TTg Điều 5 (tiêu chí 2)",
     [](const ProvinceTotals& t, const ProvinceThresholds& th) { return at_least(t.use_points, th.points_min); }},
    {"3", "QĐ 28/2025/QĐ-TTg Điều 5 (tiêu chí 3)",
     [](const ProvinceTotals& t, const ProvinceThresholds& th) {
       return rate_at_least(t.arrested_offenders, t.population, th.offenders_rate_min_bp);
     }},
    {"4", "QĐ 28/2025/QĐ-TTg Điều 5 (tiêu chí 4)", key_commune_share},
    {"5", "QĐ 28/2025/QĐ-TTg Điều 5 (tiêu chí 5)",
     [](const ProvinceTotals& t, const ProvinceThresholds& th) {
       return either(at_least(t.plants, th.plants_min), at_least(t.plant_area_m2_x100, th.area_min_x100));
     }},
    {"6", "QĐ 28/2025/QĐ-TTg Điều 5 (tiêu chí 6)",
     [](const ProvinceTotals& t, const ProvinceThresholds&) { return known_bool(t.on_inter_provincial_route); }},
};
std::vector<std::string> missing_figures(const ProvinceTotals& t) {
  const std::pair<const char*, bool> known[] = {
      {"population", t.population.has_value()},
      {"managed_users", t.managed_users.has_value()},
      {"use_points", t.use_points.has_value()},
      {"arrested_offenders", t.arrested_offenders.has_value()},
      {"plants", t.plants.has_value()},
      {"plant_area_m2", t.plant_area_m2_x100.has_value()},
      {"on_inter_provincial_route", t.on_inter_provincial_route.has_value()},
      {"commune_count", t.commune_count > 0},
      {"commune_types", t.key_communes_certain == t.key_communes_possible},
  };
  std::vector<std::string> out;
  for (const auto& [name, is_known] : known)
    if (!is_known) out.emplace_back(name);
  return out;
}

static_assert(std::size(kTable) == std::tuple_size_v<decltype(ProvinceAssessment::criteria)>);

}  // namespace

std::span<const ProvinceCriterion> province_criteria() { return kTable; }

ProvinceTotals province_totals(const ProvinceFacts& p, std::span<const CommuneFacts> communes,
                               std::span<const CommuneClassification> classified) {
  ProvinceTotals t;
  t.population = total(p.population, communes, &CommuneFacts::population);
  t.managed_users = total(p.managed_users, communes, &CommuneFacts::managed_users);
  t.use_points = total(p.use_points, communes, &CommuneFacts::use_points);
  t.arrested_offenders = total(p.arrested_offenders, communes, &CommuneFacts::arrested_offenders);
  t.plants = total(p.plants, communes, &CommuneFacts::plants);
  t.plant_area_m2_x100 = total(p.plant_area_m2_x100, communes, &CommuneFacts::plant_area_m2_x100);
  t.on_inter_provincial_route = p.on_inter_provincial_route;
  t.commune_count = p.commune_count.value_or(static_cast<int64_t>(communes.size()));
  for (const auto& c : classified) {
    const Tri key = c.is_type_I_or_II();
    t.key_communes_certain += key == Tri::yes;
    t.key_communes_possible += key != Tri::no;
  }
  return t;
}

ProvinceAssessment assess_province(const ProvinceFacts& p, std::span<const CommuneFacts> communes,
                                   std::span<const CommuneClassification> classified, const AreaRules& r) {
  ProvinceAssessment a;
  a.code = p.code;
  a.totals = province_totals(p, communes, classified);
  TriCount n;
  for (size_t i = 0; i < std::size(kTable); ++i) {
    a.criteria[i] = kTable[i].test(a.totals, r.province);
    n.add(a.criteria[i]);
  }
  a.key_complex = n.at_least(r.province.min_criteria);
  a.missing = missing_figures(a.totals);
  a.users_rate_percent = rate_percent(a.totals.managed_users, a.totals.population);
  a.offenders_rate_percent = rate_percent(a.totals.arrested_offenders, a.totals.population);
  if (a.totals.key_communes_certain == a.totals.key_communes_possible)
    a.key_commune_share_percent = rate_percent(a.totals.key_communes_certain, a.totals.commune_count);
  return a;
}

}  // namespace pcmt::areas
