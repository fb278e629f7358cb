#include "app/areas/facts.hpp"

#include <algorithm>
#include <map>

#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/people/counts.hpp"

namespace pcmt::app::areas {
namespace {

// "SELECT commune_code, n..." rows into a map commune → the row's numbers.
std::map<std::string, std::vector<int64_t>> by_commune(store::Connection& db, const std::string& sql,
                                                       const store::Params& p) {
  std::map<std::string, std::vector<int64_t>> out;
  for (const auto& r : db.query(sql, p).rows) {
    std::vector<int64_t> v;
    for (size_t i = 1; i < r.size(); ++i) v.push_back(r.is_null(i) ? 0 : r.i64(i));
    out[r.str(0)] = std::move(v);
  }
  return out;
}

int64_t at(const std::map<std::string, std::vector<int64_t>>& m, const std::string& code, size_t i) {
  auto it = m.find(code);
  return it == m.end() ? 0 : it->second.at(i);
}

}  // namespace

const std::vector<std::string>& managed_user_states() {
  // users under management (Law 73/2021 Art. 23) and addicts in any form of rehab or awaiting it.
  static const std::vector<std::string> s{"under_management", "addicted",           "registered",
                                          "voluntary_home",   "voluntary_facility", "substitution",
                                          "compulsory_file",  "compulsory_decided", "compulsory_postponed",
                                          "compulsory_facility", "compulsory_suspended", "compulsory_absconded",
                                          "post_rehab"};
  return s;
}

const std::vector<std::string>& drug_free_excluded_states() {
  // QĐ 28/2025 Điều 6 khoản 1: substitution treatment, rehab at home/in the community, post-rehab management.
  static const std::vector<std::string> s{"substitution", "voluntary_home", "post_rehab"};
  return s;
}

ProvinceFactsSet count_facts(store::Connection& db, const std::string& province, const IsoWindow& w,
                             const std::string& only_commune) {
  // With one commune asked for, the per-commune counts are read for it alone.
  const bool one = !only_commune.empty();
  auto only = [&](const char* column, int n) {
    return one ? std::string(" AND ") + column + " = $" + std::to_string(n) : std::string();
  };
  store::Params pw{province, w.from, w.to}, pe{province, w.to};
  if (one) {
    pw.push_back(only_commune);
    pe.push_back(only_commune);
  }
  std::vector<std::string> not_excluded;
  for (const auto& s : managed_user_states())
    if (std::find(drug_free_excluded_states().begin(), drug_free_excluded_states().end(), s) ==
        drug_free_excluded_states().end())
      not_excluded.push_back(s);
  // The people in those states on the window's last day, or today while the window runs.
  const std::string today = vn_today().iso();
  const auto people = people::count_in_states_by_commune(db, province, std::min(w.to, today), managed_user_states(),
                                                         not_excluded, only_commune);
  // Points that existed at some time in the window: found by its end, not eliminated before its start.
  const auto points = by_commune(db,
                                 "SELECT commune_code, COUNT(*) FROM area_points WHERE province_code = $1 AND kind IN "
                                 "('use_point', 'hotspot') AND found_date <= $3 AND (eliminated_date IS NULL OR "
                                 "eliminated_date >= $2)" + only("commune_code", 4) + " GROUP BY commune_code",
                                 pw);
  const auto arrests = by_commune(db,
                                  "SELECT commune_code, COUNT(*), SUM(CASE WHEN residence_commune_code = commune_code "
                                  "THEN 1 ELSE 0 END) FROM area_offenders WHERE province_code = $1 AND arrest_date >= "
                                  "$2 AND arrest_date <= $3" + only("commune_code", 4) + " GROUP BY commune_code",
                                  pw);
  const auto plants = by_commune(db,
                                 "SELECT commune_code, SUM(plants), SUM(area_m2_x100) FROM area_plant_finds WHERE "
                                 "province_code = $1 AND found_date >= $2 AND found_date <= $3" +
                                     only("commune_code", 4) + " GROUP BY commune_code",
                                 pw);
  // Wanted persons still hiding at the end of the window.
  const auto wanted = by_commune(db,
                                 "SELECT commune_code, COUNT(*) FROM area_wanted WHERE province_code = $1 AND "
                                 "since_date <= $2 AND (until_date IS NULL OR until_date > $2)" +
                                     only("commune_code", 3) + " GROUP BY commune_code",
                                 pe);
  // Every route of the province: the province's inter-provincial flag needs them all.
  const auto routes = by_commune(db,
                                 "SELECT rc.commune_code, MAX(CASE WHEN r.scope = 'inter' THEN 1 ELSE 0 END) FROM "
                                 "area_route_communes rc JOIN area_routes r ON r.id = rc.route_id WHERE "
                                 "r.province_code = $1 AND r.active_from <= $3 AND (r.active_to IS NULL OR "
                                 "r.active_to >= $2) GROUP BY rc.commune_code",
                                 {province, w.from, w.to});

  ProvinceFactsSet out;
  out.province.code = province;
  bool inter = false;
  for (const auto& [code, v] : routes) inter = inter || v.at(0) == 1;
  out.province.on_inter_provincial_route = inter;
  std::vector<Commune> communes;
  if (only_commune.empty()) {
    communes = communes_of_province(db, province);
  } else {
    if (auto c = find_commune(db, only_commune); c && c->province_code == province) communes.push_back(*c);
    out.province.commune_count = count_communes(db, province);
  }
  for (const auto& c : communes) {
    CommuneFactsRow row;
    row.name = c.name;
    auto& f = row.facts;
    f.code = c.code;
    f.population = c.population;
    const auto counted = people.find(f.code);  // no row: no one in those states
    f.managed_users = counted == people.end() ? 0 : counted->second.in_states;
    f.resident_users_not_excluded = counted == people.end() ? 0 : counted->second.in_subset;
    f.use_points = at(points, f.code, 0);
    f.arrested_offenders = at(arrests, f.code, 0);
    f.resident_violators = at(arrests, f.code, 1);
    f.plants = at(plants, f.code, 0);
    f.plant_area_m2_x100 = at(plants, f.code, 1);
    f.wanted_hiding = at(wanted, f.code, 0);
    f.on_route = routes.contains(f.code);
    out.communes.push_back(std::move(row));
  }
  return out;
}

}  // namespace pcmt::app::areas
