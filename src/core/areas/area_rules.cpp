#include "core/areas/area_rules.hpp"

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "core/areas/evaluation_window.hpp"

namespace pcmt::areas {
namespace json = boost::json;

namespace {

// Typed reads of one pack, with the param name in every error.
struct Reader {
  const rules::RulePack& pack;

  int64_t count(const char* name) const {
    const auto& v = pack.value(name);
    if (!v.is_int64() && !v.is_uint64()) fail(name, "must be a whole number");
    // Bounded so rates and areas scaled to integers cannot overflow.
    if (v.is_uint64() || v.as_int64() < 0 || v.as_int64() > 1'000'000'000'000) fail(name, "must be between 0 and 10^12");
    return v.as_int64();
  }
  // A number of criteria: a handful at most.
  int criteria_count(const char* name) const {
    const int64_t v = count(name);
    if (v > 100) fail(name, "is not a plausible number of criteria");
    return static_cast<int>(v);
  }
  int64_t area_x100(const char* name) const { return count(name) * kAreaScale; }
  bool flag(const char* name) const {
    const auto& v = pack.value(name);
    if (!v.is_bool()) fail(name, "must be true or false");
    return v.as_bool();
  }
  MonthDay month_day(const char* name) const {
    const auto& v = pack.value(name);
    const auto* o = v.if_object();
    const auto* m = o ? o->if_contains("month") : nullptr;
    const auto* d = o ? o->if_contains("day") : nullptr;
    if (!m || !d || !m->is_int64() || !d->is_int64()) fail(name, "must be {\"month\": M, \"day\": D}");
    MonthDay md{static_cast<unsigned>(m->as_int64()), static_cast<unsigned>(d->as_int64())};
    // 29/2 is rejected: it would not exist every year.
    if (!std::chrono::month_day{std::chrono::month{md.month}, std::chrono::day{md.day}}.ok() ||
        (md.month == 2 && md.day == 29))
      fail(name, "is not a day of every year");
    return md;
  }
  std::array<KeyType, 3> precedence(const char* name) const {
    const auto* a = pack.value(name).if_array();
    std::array<KeyType, 3> out{};
    if (!a || a->size() != 3) fail(name, "must list I, II and III once each");
    for (size_t i = 0; i < 3; ++i) {
      const auto* s = (*a)[i].if_string();
      const auto t = s ? key_type_from_string(*s) : std::nullopt;
      if (!t || *t == KeyType::none || std::find(out.begin(), out.begin() + i, *t) != out.begin() + i)
        fail(name, "must list I, II and III once each");
      out[i] = *t;
    }
    return out;
  }
  [[noreturn]] void fail(const char* name, const char* what) const {
    throw std::invalid_argument("rule pack " + pack.id() + ": " + name + " " + what);
  }
};

// The windows of consecutive years must tile the calendar: each starts the day after the
// previous one ends, in leap and common years alike.
void check_windows_tile(const rules::RulePack& pack, const EvaluationCalendar& cal) {
  for (int year : {2023, 2024, 2025}) {
    const auto a = evaluation_window(year, cal), b = evaluation_window(year + 1, cal);
    if (std::chrono::sys_days{a.last_day} + std::chrono::days{1} != std::chrono::sys_days{b.first_day})
      throw std::invalid_argument("rule pack " + pack.id() + ": evaluation windows leave a gap or overlap");
  }
}

}  // namespace

AreaRules AreaRules::from_pack(const rules::RulePack& pack) {
  const Reader r{pack};
  AreaRules a;
  a.pack_id = pack.id();

  auto& c = a.commune;
  c.type_I_min_criteria = r.criteria_count("commune.type_I.min_criteria");
  c.I_users_rate_min_bp = r.count("commune.I.a.users_rate_min_bp");
  c.I_points_min = r.count("commune.I.b.points_min");
  c.I_offenders_rate_min_bp = r.count("commune.I.c.offenders_rate_min_bp");
  c.I_plants_min = r.count("commune.I.d.plants_min");
  c.I_area_min_x100 = r.area_x100("commune.I.d.area_min_m2");
  c.I_dd_type_II_criteria_min = r.criteria_count("commune.I.dd.type_II_criteria_min");

  c.type_II_min_criteria = r.criteria_count("commune.type_II.min_criteria");
  c.II_users_rate_min_bp = r.count("commune.II.a.users_rate_min_bp");
  c.II_users_rate_below_bp = r.count("commune.II.a.users_rate_below_bp");
  c.II_points_exact = r.count("commune.II.b.points_exact");
  c.II_offenders_rate_min_bp = r.count("commune.II.c.offenders_rate_min_bp");
  c.II_offenders_rate_below_bp = r.count("commune.II.c.offenders_rate_below_bp");
  c.II_plants_min = r.count("commune.II.d.plants_min");
  c.II_plants_below = r.count("commune.II.d.plants_below");
  c.II_area_min_x100 = r.area_x100("commune.II.d.area_min_m2");
  c.II_area_below_x100 = r.area_x100("commune.II.d.area_below_m2");
  c.II_dd_type_III_criteria_min = r.criteria_count("commune.II.dd.type_III_criteria_min");

  c.type_III_min_criteria = r.criteria_count("commune.type_III.min_criteria");
  c.III_users_rate_below_bp = r.count("commune.III.a.users_rate_below_bp");
  c.III_offenders_rate_below_bp = r.count("commune.III.b.offenders_rate_below_bp");
  c.III_plants_below = r.count("commune.III.c.plants_below");
  c.III_area_below_x100 = r.area_x100("commune.III.c.area_below_m2");

  auto& p = a.province;
  p.min_criteria = r.criteria_count("province.min_criteria");
  p.users_rate_min_bp = r.count("province.1.users_rate_min_bp");
  p.points_min = r.count("province.2.points_min");
  p.offenders_rate_min_bp = r.count("province.3.offenders_rate_min_bp");
  p.key_commune_share_min_bp = r.count("province.4.key_commune_share_min_bp");
  p.plants_min = r.count("province.5.plants_min");
  p.area_min_x100 = r.area_x100("province.5.area_min_m2");

  a.drug_free = {r.count("drug_free.a.users_max"), r.count("drug_free.b.violators_max"),
                 r.count("drug_free.b.wanted_hiding_max"), r.count("drug_free.c.points_max")};

  a.calendar = {r.month_day("evaluation.window_start"), r.month_day("evaluation.window_end"),
                r.month_day("evaluation.report_to_ministry_before"), r.month_day("evaluation.ministry_approval_before")};
  check_windows_tile(pack, a.calendar);

  a.interpretation = {r.flag("interpretation.type_III_counts_zero_values"),
                      r.flag("interpretation.higher_values_meet_lower_criteria"),
                      r.precedence("interpretation.type_precedence"),
                      r.flag("interpretation.drug_free_excludes_key_type")};
  return a;
}

const rules::RulePack& areas_pack_for_year(const rules::RuleBook& book, int year) {
  for (const auto& pack : book.packs()) {
    if (pack.topic() != "areas") continue;
    const auto calendar = AreaRules::from_pack(pack).calendar;
    if (pack.in_force_on(to_iso(evaluation_window(year, calendar).last_day))) return pack;
  }
  throw std::out_of_range("no rule pack for areas (QĐ 28/2025/QĐ-TTg) governs evaluation year " +
                          std::to_string(year));
}

}  // namespace pcmt::areas
