#pragma once
// `pcmt plan parse`: a plan document's bytes → its header, targets and tasks.
//
// Tasks are the leaf items of the sections that assign work ("NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC
// THỰC HIỆN", "PHÂN CÔNG TRÁCH NHIỆM"; sections of purpose, targets or background are not).
// A leaf inherits what its headings say: "b) Công an tỉnh" leads the "-" items under it, an
// introduction "Chủ trì, phối hợp với Sở Y tế:" makes Sở Y tế a partner of each of them, and
// "1. ... (Hoàn thành trong tháng 5/2025)" dates them when they give no deadline of their own.
#include <string>
#include <string_view>
#include <vector>

#include "core/agencies/agency_catalogue.hpp"
#include "core/plans/plan.hpp"

namespace pcmt::plans {

// Throws PlanError (plan.unreadable, plan.unsupported_format) when the bytes are no plan text.
// The format is told by the bytes (document_text.hpp), so no file name is needed.
ParsedPlan parse_plan(std::string_view bytes,
                      const agencies::AgencyCatalogue& catalogue = agencies::AgencyCatalogue::embedded());

// The same from clean paragraphs (text_cleanup.hpp, document_text.hpp).
ParsedPlan parse_plan_paragraphs(const std::vector<std::string>& paragraphs,
                                 const agencies::AgencyCatalogue& catalogue = agencies::AgencyCatalogue::embedded());

}  // namespace pcmt::plans
