#include "app/people/statistics.hpp"

#include <algorithm>

#include "app/communes.hpp"
#include "app/error.hpp"
#include "app/people/access.hpp"
#include "core/people/age_band.hpp"
#include "store/params.hpp"

namespace pcmt::app::people {
namespace {

// Which lifecycle states each category counts (docs/people-events.md states; domain rule 28 lists).
const std::vector<std::pair<std::string, std::vector<std::string>>>& category_states() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> table{
      {"users", {"under_management"}},
      {"addicts",
       {"addicted", "registered", "voluntary_home", "voluntary_facility", "substitution", "compulsory_file",
        "compulsory_decided", "compulsory_postponed", "compulsory_facility", "compulsory_suspended",
        "compulsory_absconded"}},
      {"voluntary_home", {"voluntary_home"}},
      {"voluntary_facility", {"voluntary_facility"}},
      {"compulsory", {"compulsory_facility", "compulsory_suspended", "compulsory_absconded"}},
      {"substitution", {"substitution"}},
      {"post_rehab", {"post_rehab"}},
  };
  return table;
}

std::vector<std::string> categories_of(const std::string& state) {
  std::vector<std::string> out;
  for (const auto& [code, states] : category_states())
    if (std::find(states.begin(), states.end(), state) != states.end()) out.push_back(code);
  return out;
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& statistic_categories() {
  static const std::vector<std::pair<std::string, std::string>> labels{
      {"users", "Người sử dụng trái phép chất ma túy đang bị quản lý"},
      {"addicts", "Người nghiện ma túy"},
      {"voluntary_home", "Cai nghiện tự nguyện tại gia đình, cộng đồng"},
      {"voluntary_facility", "Cai nghiện tự nguyện tại cơ sở"},
      {"compulsory", "Cai nghiện bắt buộc tại cơ sở"},
      {"substitution", "Điều trị nghiện bằng thuốc thay thế"},
      {"post_rehab", "Quản lý sau cai nghiện"},
  };
  return labels;
}

Statistics people_statistics(store::Connection& db, const Actor& actor, const std::string& province_arg,
                             const std::string& commune, calendar::Date today) {
  require_read(actor);
  Statistics s;
  s.as_of = today.iso();
  s.province = actor.role == Role::admin && !province_arg.empty() ? province_arg : actor.province_code;
  s.commune = commune.empty() && actor.scope.kind == ScopeKind::commune ? actor.scope.id : commune;

  store::Params base;
  std::string where = person_visible(actor, base);
  where += " AND p.province_code = " + store::bind_param(base, s.province);
  if (!s.commune.empty()) where += " AND p.commune_code = " + store::bind_param(base, s.commune);

  std::map<std::string, CategoryCounts> cats;
  for (const auto& [code, label] : statistic_categories()) cats[code] = CategoryCounts{code, label, 0, {}, {}, {}};

  // Age bands as birth-date cut-offs, so the database groups them (core/people/age_band decides
  // the bands: a person born on the cut-off day has reached that age).
  {
    store::Params p = base;
    const std::string c14 = store::bind_param(p, today.add_years(-14).iso()), c16 = store::bind_param(p, today.add_years(-16).iso()),
                      c18 = store::bind_param(p, today.add_years(-18).iso()), c30 = store::bind_param(p, today.add_years(-30).iso());
    using ::pcmt::people::AgeBand;
    using ::pcmt::people::age_band_code;
    const std::string band = std::string("CASE WHEN p.birth_date > ") + c14 + " THEN '" +
                             std::string(age_band_code(AgeBand::under_14)) + "' WHEN p.birth_date > " + c16 + " THEN '" +
                             std::string(age_band_code(AgeBand::from_14_to_16)) + "' WHEN p.birth_date > " + c18 +
                             " THEN '" + std::string(age_band_code(AgeBand::from_16_to_18)) + "' WHEN p.birth_date > " +
                             c30 + " THEN '" + std::string(age_band_code(AgeBand::from_18_to_30)) + "' ELSE '" +
                             std::string(age_band_code(AgeBand::from_30)) + "' END";
    auto rows = db.query("SELECT p.state, p.sex, " + band + ", COUNT(*) FROM people p WHERE " + where +
                             " GROUP BY 1, 2, 3",
                         p);
    for (const auto& r : rows.rows)
      for (const auto& cat : categories_of(r.str(0))) {
        auto& c = cats[cat];
        c.total += r.i64(3);
        c.by_sex[r.str(1)] += r.i64(3);
        c.by_age_band[r.str(2)] += r.i64(3);
      }
  }
  {
    auto rows = db.query("SELECT p.state, d.drug_type, COUNT(*) FROM people p JOIN person_drug_types d ON "
                         "d.person_id = p.id WHERE " +
                             where + " GROUP BY 1, 2",
                         base);
    for (const auto& r : rows.rows)
      for (const auto& cat : categories_of(r.str(0))) cats[cat].by_drug_type[r.str(1)] += r.i64(2);
  }
  {
    auto rows = db.query("SELECT p.commune_code, " + commune_name_sql("p.commune_code") +
                             ", p.state, COUNT(*) FROM people p WHERE " + where + " GROUP BY 1, 3 ORDER BY 1",
                         base);
    for (const auto& r : rows.rows) {
      if (s.communes.empty() || s.communes.back().code != r.str(0)) s.communes.push_back({r.str(0), r.str(1), {}});
      for (const auto& cat : categories_of(r.str(2))) s.communes.back().by_category[cat] += r.i64(3);
    }
  }
  for (const auto& [code, label] : statistic_categories()) s.categories.push_back(cats[code]);
  return s;
}

}  // namespace pcmt::app::people
