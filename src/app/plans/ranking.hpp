#pragma once
// Ranking agencies for commendation and criticism, as provincial plans ask ("khen thưởng các tập
// thể thực hiện có hiệu quả; phê bình các tập thể không hoàn thành nhiệm vụ"). pcmt's reading,
// stated so it can be argued with: the best on-time rate first, then fewer missing and overdue
// reports, then more reports assessed. Commendation: every assessed report on time and nothing
// overdue. Criticism: anything overdue, most overdue first.
#include <vector>

#include "app/plans/stats.hpp"

namespace pcmt::app::plans {

// Sorts `agencies` best first and fills rank; fills commend and criticise with agency ids.
void rank_agencies(std::vector<AgencyStats>& agencies, std::vector<int64_t>& commend, std::vector<int64_t>& criticise);

}  // namespace pcmt::app::plans
