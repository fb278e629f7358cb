#include "core/text/words.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "core/text/normalize.hpp"

namespace pcmt::text {
namespace {

// Folded form of every code point below U+2000 (Latin, Latin Extended, Vietnamese letters in
// U+1E00–U+1EFF), computed once with text::search_key so both foldings always agree.
constexpr UChar32 kTableEnd = 0x2000;

const std::array<std::string, kTableEnd>& fold_table() {
  static const auto table = [] {
    std::array<std::string, kTableEnd> t;
    for (UChar32 c = 0; c < kTableEnd; ++c) {
      if (c < 0x80) {
        t[c] = std::string(1, static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
        continue;
      }
      std::string utf8;
      text::append_utf8(utf8, c);
      if (!utf8.empty()) t[c] = text::search_key(utf8);
    }
    return t;
  }();
  return table;
}

void append_folded(std::string& out, UChar32 c) {
  if (c >= 0 && c < kTableEnd) {
    out += fold_table()[c];
    return;
  }
  text::append_utf8(out, u_tolower(c));
}

bool is_word_char(UChar32 c) {
  return u_isalnum(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

}  // namespace

std::u32string code_points(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0) out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  for (size_t pos = 0;;) {
    const size_t at = s.find(separator, pos);
    parts.push_back(s.substr(pos, at == std::string_view::npos ? std::string_view::npos : at - pos));
    if (at == std::string_view::npos) return parts;
    pos = at + 1;
  }
}

std::string fold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (char32_t c : code_points(utf8)) append_folded(out, static_cast<UChar32>(c));
  return out;
}

Words::Words(std::string_view text) : text_(text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  Word current;
  bool in_word = false;
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0 && is_word_char(c)) {
      if (!in_word) {
        current = Word{};
        current.begin = static_cast<uint32_t>(start);
        current.upper = u_isupper(c);
        current.digits = true;
        in_word = true;
      }
      if (!u_isdigit(c)) current.digits = false;
      append_folded(current.key, c);
      current.end = static_cast<uint32_t>(i);
    } else if (in_word) {
      words_.push_back(std::move(current));
      in_word = false;
    }
  }
  if (in_word) words_.push_back(std::move(current));
}

std::string_view Words::gap_before(size_t i) const {
  const size_t from = i == 0 ? 0 : words_[i - 1].end;
  const size_t to = i < words_.size() ? words_[i].begin : text_.size();
  return text_.substr(from, to - from);
}

std::string_view Words::span(size_t first, size_t last) const {
  if (first >= last || first >= words_.size()) return {};
  last = std::min(last, words_.size());
  return text_.substr(words_[first].begin, words_[last - 1].end - words_[first].begin);
}

size_t Words::phrase_at(size_t i, std::string_view folded_phrase) const {
  size_t n = 0;
  size_t pos = 0;
  while (pos < folded_phrase.size()) {
    const size_t space = folded_phrase.find(' ', pos);
    const std::string_view part =
        folded_phrase.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
    const size_t w = i + n;
    if (w >= words_.size() || words_[w].key != part) return 0;
    if (n > 0 && text::trim(gap_before(w)).size() > 0) return 0;
    ++n;
    if (space == std::string_view::npos) break;
    pos = space + 1;
  }
  return n;
}

bool Words::gap_has(size_t i, std::string_view chars) const {
  return gap_before(i).find_first_of(chars) != std::string_view::npos;
}

bool Words::in_parentheses(size_t i) const {
  const std::string_view before = text_.substr(0, i < words_.size() ? words_[i].begin : text_.size());
  const size_t open = before.rfind('(');
  const size_t close = before.rfind(')');
  return open != std::string_view::npos && (close == std::string_view::npos || open > close);
}

size_t Words::word_at_or_after(size_t pos) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, size_t p) { return w.begin < p; });
  return static_cast<size_t>(it - words_.begin());
}

}  // namespace pcmt::text
