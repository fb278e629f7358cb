#include "app/plans/ranking.hpp"

#include <algorithm>
#include <tuple>

namespace pcmt::app::plans {

void rank_agencies(std::vector<AgencyStats>& agencies, std::vector<int64_t>& commend, std::vector<int64_t>& criticise) {
  auto key = [](const AgencyStats& a) {
    const auto& t = a.instances;
    const double rate = t.on_time_rate().value_or(-1.0);  // nothing assessable: after everyone
    return std::make_tuple(-rate, t.missing, t.overdue, -t.assessable);
  };
  std::stable_sort(agencies.begin(), agencies.end(), [&](const AgencyStats& a, const AgencyStats& b) {
    if (key(a) != key(b)) return key(a) < key(b);
    return a.name < b.name;
  });
  int rank = 0;
  for (size_t i = 0; i < agencies.size(); ++i) {
    auto& a = agencies[i];
    if (a.instances.assessable == 0) continue;
    // Equal figures share a rank ("1, 2, 2, 4").
    rank = i > 0 && agencies[i - 1].rank && key(agencies[i - 1]) == key(a) ? *agencies[i - 1].rank
                                                                             : static_cast<int>(i) + 1;
    a.rank = rank;
    if (a.instances.overdue == 0 && a.instances.on_time == a.instances.assessable) commend.push_back(a.agency_id);
  }
  std::vector<const AgencyStats*> behind;
  for (const auto& a : agencies)
    if (a.instances.overdue > 0) behind.push_back(&a);
  std::stable_sort(behind.begin(), behind.end(), [](const AgencyStats* a, const AgencyStats* b) {
    return std::make_tuple(-a->instances.overdue, -a->instances.missing) <
           std::make_tuple(-b->instances.overdue, -b->instances.missing);
  });
  for (const auto* a : behind) criticise.push_back(a->agency_id);
}

}  // namespace pcmt::app::plans
