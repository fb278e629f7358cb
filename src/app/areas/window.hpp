#pragma once
// The evaluation window of a year (QĐ 28/2025/QĐ-TTg Điều 7 khoản 1: 15/12 of the previous year to
// 14/12) as ISO dates for SQL, and the rules of the "areas" pack that governs the year.
#include <string>

#include "core/areas/area_rules.hpp"

namespace pcmt::app::areas {

struct IsoWindow {
  int year = 0;
  std::string from, to;  // inclusive
};

// Throws Error 400 area.year_invalid when no "areas" rule pack governs the year.
const pcmt::areas::AreaRules& rules_for_year(int year);
IsoWindow window_of_year(int year);
// The evaluation year today (Vietnam time) belongs to.
int current_evaluation_year();

}  // namespace pcmt::app::areas
