#pragma once
// Quantified targets: "phấn đấu đến hết năm 2030, có ít nhất 50% đơn vị hành chính cấp xã
// “không ma túy”" → 50 %, 2030; "mỗi huyện xây dựng được 01 mô hình" → 1 mô hình.
#include <optional>
#include <string>
#include <vector>

#include "core/plans/plan.hpp"

namespace pcmt::plans {

// Targets stated in the paragraphs, each (value, unit, year) once. `default_year` is the
// plan's own year ("Kế hoạch phòng, chống ma túy năm 2021"), used when a target names none.
std::vector<Target> find_targets(const std::vector<std::string>& paragraphs, std::optional<int> default_year);

}  // namespace pcmt::plans
