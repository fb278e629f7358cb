#include "core/areas/closest_drug_free.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace pcmt::areas {

std::vector<ClosestCommune> closest_to_drug_free(std::span<const CommuneFacts> facts,
                                                 std::span<const CommuneClassification> results,
                                                 const AreaRules& rules) {
  if (facts.size() != results.size()) throw std::invalid_argument("facts and results are not aligned");
  const auto table = drug_free_criteria();
  std::vector<ClosestCommune> out;
  for (size_t i = 0; i < results.size(); ++i) {
    const auto& assessment = results[i].drug_free;
    if (assessment.drug_free == Tri::yes) continue;
    ClosestCommune c;
    c.index = i;
    for (size_t k = 0; k < table.size(); ++k) {
      const Tri met = assessment.criteria[k];
      if (met == Tri::yes) continue;
      MissingCriterion m{std::string(table[k].id), std::string(table[k].source), met == Tri::unknown, 0, ""};
      if (m.undecided) {
        ++c.undecided;
        m.text = "chưa đủ dữ liệu để đánh giá";
      } else {
        ++c.unmet;
        auto s = table[k].shortfall(facts[i], rules.drug_free);
        m.excess = s.excess;
        m.text = std::move(s.text);
        c.excess += m.excess;
      }
      c.missing.push_back(std::move(m));
    }
    out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(), [&](const ClosestCommune& a, const ClosestCommune& b) {
    return std::tie(a.unmet, a.undecided, a.excess, results[a.index].code) <
           std::tie(b.unmet, b.undecided, b.excess, results[b.index].code);
  });
  return out;
}

}  // namespace pcmt::areas
