#include "core/plans/section_title.hpp"

#include "core/text/normalize.hpp"

namespace pcmt::plans {
namespace {

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Cuts after kMaxSectionTitleChars characters, at the last space before the cut.
std::string shortened(const std::string& s) {
  size_t chars = 0, i = 0;
  for (; i < s.size(); ++i)
    if (!continuation_byte(s[i]) && ++chars > kMaxSectionTitleChars) break;
  if (i >= s.size()) return s;
  const size_t space = s.rfind(' ', i);
  std::string out = s.substr(0, space == std::string::npos || space == 0 ? i : space);
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ' ')) out.pop_back();
  return out + "…";
}

}  // namespace

std::string marker_text(const Marker& m) {
  switch (m.kind) {
    case MarkerKind::part: return "Phần " + m.label;
    case MarkerKind::chapter: return "Chương " + m.label;
    case MarkerKind::section: return "Mục " + m.label;
    case MarkerKind::article: return "Điều " + m.label + ".";
    case MarkerKind::roman:
    case MarkerKind::upper_letter:
    case MarkerKind::arabic:
    case MarkerKind::decimal: return m.label + ".";
    case MarkerKind::paren_arabic:
    case MarkerKind::letter: return m.label + ")";
    case MarkerKind::dash:
    case MarkerKind::plus:
    case MarkerKind::none: return "";
  }
  return "";
}

std::string section_title(const OutlineNode& node) {
  std::string heading(text::trim(node.heading));
  while (!heading.empty() && heading.back() == ':') heading.pop_back();
  if (heading.empty()) return "";
  const std::string marker = marker_text(node.marker);
  return shortened(marker.empty() ? heading : marker + " " + heading);
}

}  // namespace pcmt::plans
