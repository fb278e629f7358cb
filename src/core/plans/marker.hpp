#pragma once
// The numbering at the head of a paragraph: "II.", "3.", "2.1.", "a)", "đ)", "-", "+", "Điều 4."
#include <string>
#include <string_view>

namespace pcmt::plans {

enum class MarkerKind {
  none,
  part,          // "Phần I"
  chapter,       // "Chương II"
  section,       // "Mục 1"
  article,       // "Điều 3."
  roman,         // "II."
  upper_letter,  // "A."
  arabic,        // "3."
  decimal,       // "2.1." (depth 2), "2.1.3." (depth 3)
  paren_arabic,  // "1)" or "(1)"
  letter,        // "a)", "đ)", "b."
  dash,          // "-", "–", "•"
  plus,          // "+"
};

struct Marker {
  MarkerKind kind = MarkerKind::none;
  std::string label;  // "II", "3", "2.1", "a", "đ", "-"
  int depth = 0;      // numbers in a decimal label
  size_t size = 0;    // bytes of the marker and the spaces after it
};

Marker read_marker(std::string_view paragraph);

}  // namespace pcmt::plans
