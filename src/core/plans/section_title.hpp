#pragma once
// The title of a section as a reader names it: its numbering as written and its heading, cut to a
// line ("II. NHIỆM VỤ, GIẢI PHÁP", "1. Tổ chức tuyên truyền, phổ biến, quán triệt …"). The tasks
// under it carry these titles, so lists and consolidated reports group them under real words
// rather than a bare "Mục II".
#include <string>

#include "core/plans/outline.hpp"

namespace pcmt::plans {

// Longest title kept, in characters: a heading that runs on is a sentence, not a title.
constexpr size_t kMaxSectionTitleChars = 120;

std::string marker_text(const Marker& marker);  // "II.", "a)", "Điều 3.", "" for "-" and "+"

// "" for a node without a heading (the document's root).
std::string section_title(const OutlineNode& node);

}  // namespace pcmt::plans
