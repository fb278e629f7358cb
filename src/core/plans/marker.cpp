#include "core/plans/marker.hpp"

#include <array>
#include <cctype>

#include "core/text/words.hpp"

namespace pcmt::plans {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// The marker ends at `end`; it needs a space (or a capital right after a dash) and some text.
Marker finish(MarkerKind kind, std::string label, std::string_view p, size_t end, int depth = 0) {
  size_t after = end;
  while (after < p.size() && is_space(p[after])) ++after;
  if (after >= p.size()) return {};
  if (after == end && kind != MarkerKind::dash && kind != MarkerKind::plus) return {};
  return Marker{kind, std::move(label), depth, after};
}

bool roman_label(std::string_view s) {
  return !s.empty() && s.size() <= 6 && s.find_first_not_of("IVXLC") == std::string_view::npos;
}

// "Phần I", "Chương 2", "Mục 1", "Điều 3."
Marker read_titled(std::string_view p) {
  const size_t space = p.find(' ');
  if (space == std::string_view::npos || space > 8) return {};
  const std::string word = text::fold(p.substr(0, space));
  static const std::array<std::pair<std::string_view, MarkerKind>, 4> kWords = {
      {{"phan", MarkerKind::part}, {"chuong", MarkerKind::chapter}, {"muc", MarkerKind::section},
       {"dieu", MarkerKind::article}}};
  for (const auto& [w, kind] : kWords) {
    if (word != w) continue;
    size_t i = space + 1;
    const size_t start = i;
    while (i < p.size() && (std::isdigit(static_cast<unsigned char>(p[i])) || std::string_view("IVXLC").find(p[i]) != std::string_view::npos)) ++i;
    if (i == start) return {};
    std::string label(p.substr(start, i - start));
    if (i < p.size() && (p[i] == '.' || p[i] == ':')) ++i;
    Marker m = finish(kind, label, p, i);
    if (m.kind == MarkerKind::none && i >= p.size()) m = Marker{kind, label, 0, p.size()};  // "Điều 1" alone
    return m;
  }
  return {};
}

}  // namespace

Marker read_marker(std::string_view p) {
  if (p.empty()) return {};
  if (Marker m = read_titled(p); m.kind != MarkerKind::none) return m;

  // Bullets.
  for (std::string_view dash : {"-", "–", "—", "•"}) {
    if (p.substr(0, dash.size()) == dash && (p.size() == dash.size() || p[dash.size()] != '-'))
      return finish(MarkerKind::dash, "-", p, dash.size());
  }
  if (p[0] == '+') return finish(MarkerKind::plus, "+", p, 1);

  // "(1)", "(a)".
  if (p[0] == '(') {
    const size_t close = p.find(')');
    if (close != std::string_view::npos && close <= 4) {
      const std::string_view inner = p.substr(1, close - 1);
      if (!inner.empty() && inner.find_first_not_of("0123456789") == std::string_view::npos)
        return finish(MarkerKind::paren_arabic, std::string(inner), p, close + 1);
      if (inner.size() == 1 && std::islower(static_cast<unsigned char>(inner[0])))
        return finish(MarkerKind::letter, std::string(inner), p, close + 1);
    }
    return {};
  }

  // Numbers: "3.", "3)", "3/", "2.1.", "2.1".
  if (std::isdigit(static_cast<unsigned char>(p[0]))) {
    size_t i = 0;
    std::string label;
    int parts = 0;
    while (i < p.size() && std::isdigit(static_cast<unsigned char>(p[i]))) {
      const size_t start = i;
      while (i < p.size() && std::isdigit(static_cast<unsigned char>(p[i]))) ++i;
      if (i - start > (parts == 0 ? 3 : 2)) return {};  // "1.000 người" is a number, not a marker
      if (!label.empty()) label += '.';
      label += p.substr(start, i - start);
      ++parts;
      if (i + 1 < p.size() && p[i] == '.' && std::isdigit(static_cast<unsigned char>(p[i + 1]))) ++i;
      else break;
    }
    if (i >= p.size()) return {};
    if (parts > 1) {
      if (p[i] == '.' || p[i] == ')') ++i;
      return finish(MarkerKind::decimal, label, p, i, parts);
    }
    if (p[i] == '.' || p[i] == '/') return finish(MarkerKind::arabic, label, p, i + 1);
    if (p[i] == ')') return finish(MarkerKind::paren_arabic, label, p, i + 1);
    return {};
  }

  // Roman numerals and capital letters: "II.", "IV-", "A."
  if (std::isupper(static_cast<unsigned char>(p[0]))) {
    size_t i = 0;
    while (i < p.size() && std::isupper(static_cast<unsigned char>(p[i]))) ++i;
    if (i >= p.size() || (p[i] != '.' && p[i] != ')' && p[i] != '/' && p[i] != '-' && p[i] != ':')) return {};
    const std::string label(p.substr(0, i));
    if (roman_label(label)) return finish(MarkerKind::roman, label, p, i + 1);
    if (label.size() == 1 && p[i] != '-' && p[i] != ':') return finish(MarkerKind::upper_letter, label, p, i + 1);
    return {};
  }

  // Letters: "a)", "b.", "c/", "đ)".
  std::string_view letter;
  if (std::islower(static_cast<unsigned char>(p[0]))) letter = p.substr(0, 1);
  else if (p.substr(0, 2) == "đ") letter = p.substr(0, 2);
  if (!letter.empty() && letter.size() < p.size()) {
    const char c = p[letter.size()];
    if (c == ')' || c == '/' || c == '.') return finish(MarkerKind::letter, std::string(letter), p, letter.size() + 1);
  }
  return {};
}

}  // namespace pcmt::plans
