#pragma once
// A task's section titles ("II. NHIỆM VỤ, GIẢI PHÁP", "1. Công tác tuyên truyền"), as the API
// exchanges them (a list, outermost first) and as plan_tasks.section_path stores them (one per line).
#include <optional>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace pcmt::app::plans {

constexpr size_t kMaxSectionTitles = 8;
constexpr size_t kMaxSectionTitleBytes = 1000;

// Cleaned titles (NFC, trimmed, line breaks as spaces, empty ones dropped). 400 plan.field_too_long
// naming `field` when there are too many or one is too long.
std::vector<std::string> clean_section(const std::vector<std::string>& titles, const std::string& field);

// NULL for no titles: such a task is grouped by its ref, like the tasks saved before titles were kept.
store::Value section_column(const std::vector<std::string>& cleaned);
std::vector<std::string> section_from_column(const std::optional<std::string>& column);

// The titles a task is grouped under in lists and consolidated reports: the first two (the part and
// the section, "II. …" › "1. …"); the deeper ones ("a) Công an tỉnh") stay with the task.
constexpr size_t kGroupingDepth = 2;

}  // namespace pcmt::app::plans
