#include "core/areas/drug_free.hpp"

#include <initializer_list>
#include <optional>

namespace pcmt::areas {

namespace {

// The part of a known count above its threshold, described as "còn N <what>".
struct Over {
  std::optional<int64_t> value;
  int64_t max;
  std::string_view what;
};

DrugFreeShortfall over(std::initializer_list<Over> parts) {
  DrugFreeShortfall s;
  for (const auto& p : parts) {
    if (!p.value || *p.value <= p.max) continue;
    const int64_t n = *p.value - p.max;
    s.excess += n;
    s.text += (s.text.empty() ? "còn " : ", ") + std::to_string(n) + " " + std::string(p.what);
  }
  return s;
}

const DrugFreeCriterion kTable[] = {
    // Residents using or addicted, not counting those in substitution treatment, home/community
    // rehab or post-rehab management (the exclusions are applied when the count is made).
    {"a", "QĐ 28/2025/QĐ-TTg Điều 6 khoản 1",
     [](const CommuneFacts& f, const DrugFreeThresholds& t) { return at_most(f.resident_users_not_excluded, t.users_max); },
     [](const CommuneFacts& f, const DrugFreeThresholds& t) {
       return over({{f.resident_users_not_excluded, t.users_max,
                     "người nghiện, sử dụng trái phép chất ma túy đang cư trú (ngoài điều trị thay thế, cai nghiện tại gia "
                     "đình, cộng đồng, quản lý sau cai)"}});
     }},
    {"b", "QĐ 28/2025/QĐ-TTg Điều 6 khoản 2",
     [](const CommuneFacts& f, const DrugFreeThresholds& t) {
       return both(at_most(f.resident_violators, t.violators_max), at_most(f.wanted_hiding, t.wanted_hiding_max));
     },
     [](const CommuneFacts& f, const DrugFreeThresholds& t) {
       return over({{f.resident_violators, t.violators_max, "người cư trú vi phạm pháp luật về ma túy trên địa bàn"},
                    {f.wanted_hiding, t.wanted_hiding_max, "đối tượng truy nã về ma túy lẩn trốn"}});
     }},
    {"c", "QĐ 28/2025/QĐ-TTg Điều 6 khoản 3",
     [](const CommuneFacts& f, const DrugFreeThresholds& t) { return at_most(f.use_points, t.points_max); },
     [](const CommuneFacts& f, const DrugFreeThresholds& t) {
       return over({{f.use_points, t.points_max, "điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy"}});
     }},
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
