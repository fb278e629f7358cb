#pragma once
#include <string>

#include "app/plans/consolidated.hpp"

namespace pcmt::app::plans {

// The consolidated report as a Word document.
std::string consolidated_docx(const ConsolidatedReport& r);

}  // namespace pcmt::app::plans
