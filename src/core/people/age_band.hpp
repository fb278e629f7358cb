#pragma once
// Rule 39: age bands of person statistics (QĐ 13/2019): < 14, 14–<16, 16–<18, 18–<30, ≥ 30,
// by full years on the reference date. The notes write "18–30, ≥ 30"; 30-year-olds go to ≥ 30 so
// the bands do not overlap.
#include <optional>
#include <string_view>

#include "core/calendar/date.hpp"

namespace pcmt::people {

enum class AgeBand { under_14, from_14_to_16, from_16_to_18, from_18_to_30, from_30 };

// std::nullopt when `on` is before `birth`.
std::optional<AgeBand> age_band(calendar::Date birth, calendar::Date on);
std::string_view age_band_code(AgeBand b);   // "under_14", "14_16", "16_18", "18_30", "30_plus"
std::string_view age_band_label(AgeBand b);  // "Dưới 14 tuổi", ...

}  // namespace pcmt::people
