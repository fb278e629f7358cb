#include "core/areas/commune_criteria.hpp"

#include "core/areas/rate.hpp"

namespace pcmt::areas {

namespace {

using Results = CommuneCriteriaResults;

// Điều 4 khoản 3 compares with "dưới" (below) a threshold, which a zero value satisfies literally.
// Unless the pack's interpretation says zero counts, a criterion of type III needs a positive value.
Tri below_as_evidence(const AreaRules& r, std::optional<int64_t> value, Tri literally_below) {
  if (r.interpretation.type_III_counts_zero_values) return literally_below;
  return both(at_least(value, 1), literally_below);
}

// The upper end of a band ("đến dưới", "dưới"): dropped when the pack reads the bands cumulatively
// (the shipped default, so a commune above a band is not left out of the lower type's criterion).
Tri under_band_ceiling(const AreaRules& r, Tri literally_below) {
  return r.interpretation.higher_values_meet_lower_criteria ? Tri::yes : literally_below;
}

// "Có từ N tiêu chí loại X trở lên và nằm trên tuyến trọng điểm nội tỉnh hoặc liên tỉnh".
Tri enough_of_type_on_route(KeyType of, int min, const CommuneFacts& f, const Results& so_far) {
  TriCount n;
  const auto table = commune_criteria();
  for (size_t i = 0; i < table.size(); ++i)
    if (table[i].type == of && !table[i].counts_others) n.add(so_far[i]);
  return both(n.at_least(min), known_bool(f.on_route));
}

const CommuneCriterion kTable[kCommuneCriteriaCount] = {
    {"I.a", KeyType::I, false, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 1 điểm a",
     [](const CommuneFacts& f, const AreaRules& r, const Results&) {
       return rate_at_least(f.managed_users, f.population, r.commune.I_users_rate_min_bp);
     }},
    {"I.b", KeyType::I, false, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 1 điểm b",
     [](const CommuneFacts& f, const AreaRules& r, const Results&) { return at_least(f.use_points, r.commune.I_points_min); }},
    {"I.c", KeyType::I, false, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 1 điểm c",
     [](const CommuneFacts& f, const AreaRules& r, const Results&) {
       return rate_at_least(f.arrested_offenders, f.population, r.commune.I_offenders_rate_min_bp);
     }},
    {"I.d", KeyType::I, false, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 1 điểm d",
     [](const CommuneFacts& f, const AreaRules& r, const Results&) {
       return either(at_least(f.plants, r.commune.I_plants_min), at_least(f.plant_area_m2_x100, r.commune.I_area_min_x100));
     }},
    {"I.đ", KeyType::I, true, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 1 điểm đ",
     [](const CommuneFacts& f, const AreaRules& r, const Results& so_far) {
       return enough_of_type_on_route(KeyType::II, r.commune.I_dd_type_II_criteria_min, f, so_far);
     }},
    {"II.a", KeyType::II, false, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 2 điểm a",
     [](const CommuneFacts& f, const AreaRules& r, const Results&) {
       return both(rate_at_least(f.managed_users, f.population, r.commune.II_users_rate_min_bp),
                   under_band_ceiling(r, rate_below(f.managed_users, f.population, r.commune.II_users_rate_below_bp)));
     }},
    {"II.b", KeyType::II, false, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 2 điểm b",
     [](const CommuneFacts& f, const AreaRules& r, const Results&) {
       // "Có 1 điểm": read cumulatively (default), one or more; as written, exactly one.
       return r.interpretation.higher_values_meet_lower_criteria ? at_least(f.use_points, r.commune.II_points_exact)
                                                                  : equals(f.use_points, r.commune.II_points_exact);
     }},
    {"II.c", KeyType::II, false, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 2 điểm c",
     [](const CommuneFacts& f, const AreaRules& r, const Results&) {
       return both(rate_at_least(f.arrested_offenders, f.population, r.commune.II_offenders_rate_min_bp),
                   under_band_ceiling(r, rate_below(f.arrested_offenders, f.population, r.commune.II_offenders_rate_below_bp)));
     }},
    {"II.d", KeyType::II, false, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 2 điểm d",
     [](const CommuneFacts& f, const AreaRules& r, const Results&) {
       return either(both(at_least(f.plants, r.commune.II_plants_min),
                          under_band_ceiling(r, below(f.plants, r.commune.II_plants_below))),
                     both(at_least(f.plant_area_m2_x100, r.commune.II_area_min_x100),
                          under_band_ceiling(r, below(f.plant_area_m2_x100, r.commune.II_area_below_x100))));
     }},
    {"II.đ", KeyType::II, true, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 2 điểm đ",
     [](const CommuneFacts& f, const AreaRules& r, const Results& so_far) {
       return enough_of_type_on_route(KeyType::III, r.commune.II_dd_type_III_criteria_min, f, so_far);
     }},
    {"III.a", KeyType::III, false, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 3 điểm a",
     [](const CommuneFacts& f, const AreaRules& r, const Results&) {
       return below_as_evidence(r, f.managed_users,
                                under_band_ceiling(r, rate_below(f.managed_users, f.population, r.commune.III_users_rate_below_bp)));
     }},
    {"III.b", KeyType::III, false, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 3 điểm b",
     [](const CommuneFacts& f, const AreaRules& r, const Results&) {
       return below_as_evidence(r, f.arrested_offenders,
                                under_band_ceiling(r, rate_below(f.arrested_offenders, f.population, r.commune.III_offenders_rate_below_bp)));
     }},
    {"III.c", KeyType::III, false, "QĐ 28/2025/QĐ-TTg Điều 4 khoản 3 điểm c",
     [](const CommuneFacts& f, const AreaRules& r, const Results&) {
       return either(below_as_evidence(r, f.plants, under_band_ceiling(r, below(f.plants, r.commune.III_plants_below))),
                     below_as_evidence(r, f.plant_area_m2_x100,
                                       under_band_ceiling(r, below(f.plant_area_m2_x100, r.commune.III_area_below_x100))));
     }},
};

}  // namespace

std::span<const CommuneCriterion> commune_criteria() { return kTable; }

CommuneCriteriaResults evaluate_commune_criteria(const CommuneFacts& f, const AreaRules& r) {
  Results out;
  out.fill(Tri::unknown);
  for (bool second_pass : {false, true})
    for (size_t i = 0; i < kCommuneCriteriaCount; ++i)
      if (kTable[i].counts_others == second_pass) out[i] = kTable[i].test(f, r, out);
  return out;
}

Tri qualifies_as(KeyType type, const CommuneCriteriaResults& results, const AreaRules& r) {
  if (type == KeyType::none) return Tri::no;
  const int min = type == KeyType::I    ? r.commune.type_I_min_criteria
                  : type == KeyType::II ? r.commune.type_II_min_criteria
                                        : r.commune.type_III_min_criteria;
  TriCount n;
  for (size_t i = 0; i < kCommuneCriteriaCount; ++i)
    if (kTable[i].type == type) n.add(results[i]);
  return n.at_least(min);
}

}  // namespace pcmt::areas
