#include "core/areas/drug_free.hpp"

namespace pcmt::areas {

namespace {

const DrugFreeCriterion kTable[] = {
    // Residents using or addicted, not counting those in substitution treatment, home/community
    // rehab or post-rehab management (the exclusions are applied when the count is made).
    {"a", "QĐ 28/2025/QĐ-TTg Điều 6 khoản 1",
     [](const CommuneFacts& f, const DrugFreeThresholds& t) { return at_most(f.resident_users_not_excluded, t.users_max); }},
    {"b", "QĐ 28/2025/QĐ-TTg Điều 6 khoản 2",
     [](const CommuneFacts& f, const DrugFreeThresholds& t) {
       return both(at_most(f.resident_violators, t.violators_max), at_most(f.wanted_hiding, t.wanted_hiding_max));
     }},
    {"c", "QĐ 28/2025/QĐ-TTg Điều 6 khoản 3",
     [](const CommuneFacts& f, const DrugFreeThresholds& t) { return at_most(f.use_points, t.points_max); }},
};
static_assert(std::size(kTable) == std::tuple_size_v<decltype(DrugFreeAssessment::criteria)>);

std::vector<std::string> ids_where(const std::array<Tri, 3>& criteria, Tri value) {
  std::vector<std::string> out;
  for (size_t i = 0; i < criteria.size(); ++i)
    if (criteria[i] == value) out.emplace_back(kTable[i].id);
  return out;
}

}  // namespace

std::span<const DrugFreeCriterion> drug_free_criteria() { return kTable; }

std::vector<std::string> DrugFreeAssessment::unmet() const { return ids_where(criteria, Tri::no); }
std::vector<std::string> DrugFreeAssessment::undecided() const { return ids_where(criteria, Tri::unknown); }

DrugFreeAssessment assess_drug_free(const CommuneFacts& f, const AreaRules& r) {
  DrugFreeAssessment a;
  a.drug_free = Tri::yes;
  for (size_t i = 0; i < std::size(kTable); ++i) {
    a.criteria[i] = kTable[i].test(f, r.drug_free);
    a.drug_free = both(a.drug_free, a.criteria[i]);
  }
  return a;
}

}  // namespace pcmt::areas
