#pragma once
#include <string>

#include "app/plans/consolidated.hpp"

namespace pcmt::app::plans {

// The consolidated report as an Excel workbook: sheet "Nhiệm vụ" (one row per task) and sheet
// "Cơ quan" (the agencies' figures and ranking). Throws std::runtime_error when writing fails.
std::string consolidated_xlsx(const ConsolidatedReport& r);

}  // namespace pcmt::app::plans
