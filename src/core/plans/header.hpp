#pragma once
// The header of an official document (Nghị định 30/2020/NĐ-CP layout): issuing body, number
// ("Số: 594/KH-UBND"), place and date ("Nghệ An, ngày 21 tháng 7 năm 2025"), the kind of document
// in capitals ("KẾ HOẠCH") and its title, then the preamble ("Căn cứ ...", "Thực hiện ...").
#include <string>
#include <vector>

#include "core/plans/plan.hpp"

namespace pcmt::plans {

// Reads the paragraphs before the first section.
DocumentHeader read_header(const std::vector<std::string>& front);

}  // namespace pcmt::plans
