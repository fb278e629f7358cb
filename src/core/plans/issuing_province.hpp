#pragma once
// The province that issued a plan, from its header: the issuer line ("UỶ BAN NHÂN DÂN TỈNH ĐỒNG
// NAI", "THÀNH PHỐ HÀ NỘI") or else the place of the date line ("Đồng Nai, ngày ..."), matched
// against the provinces in force without regard to accents or case. A former province (merged on
// 1/7/2025) counts as the province it is part of now. Saving a plan another province issued
// needs the user's confirmation (app/plans/save_plan).
#include <string_view>

#include "core/agencies/province_list.hpp"
#include "core/plans/plan.hpp"

namespace pcmt::plans {

// The province a line names, or nullptr: the longest name found as whole words.
const agencies::Province* province_named(std::string_view line);

const agencies::Province* issuing_province(const DocumentHeader& header);

}  // namespace pcmt::plans
