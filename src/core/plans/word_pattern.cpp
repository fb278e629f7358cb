#include "core/plans/word_pattern.hpp"

#include <cstdlib>

#include "core/agencies/unknown_agency.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::plans {
namespace {

int roman_value(std::string_view key) {
  if (key == "i") return 1;
  if (key == "ii") return 2;
  if (key == "iii") return 3;
  if (key == "iv") return 4;
  return 0;
}

// The gap between two words, with dashes unified: "–" and "—" count as "-".
std::string plain_gap(std::string_view gap) {
  std::string out;
  for (size_t i = 0; i < gap.size();) {
    if (gap.compare(i, 3, "–") == 0 || gap.compare(i, 3, "—") == 0) {
      out += '-';
      i += 3;
    } else {
      if (gap[i] != ' ') out += gap[i];
      ++i;
    }
  }
  return out;
}

}  // namespace

WordPattern::WordPattern(std::string_view pattern) {
  for (std::string_view token : text::split(pattern, ' ')) {
    if (token.empty()) continue;
    Element e;
    if (token.size() > 1 && token.back() == '?') {
      e.optional = true;
      token.remove_suffix(1);
    }
    if (token.size() > 1 && token.front() == '=') {
      e.exact = true;
      token.remove_prefix(1);
    }
    if (token == "{d}") e.type = Type::day;
    else if (token == "{m}") e.type = Type::month;
    else if (token == "{y}") e.type = Type::year;
    else if (token == "{y2}") e.type = Type::year2;
    else if (token == "{q}") e.type = Type::quarter;
    else if (token == "{n}") e.type = Type::count;
    else if (token == "{Cap}") e.type = Type::capital;
    else if (token == "/" || token == "-" || token == "," || token == "(" || token == ")") {
      e.type = Type::punct;
      e.alternatives.emplace_back(token);
    } else {
      for (auto alternative : text::split(token, '|')) e.alternatives.emplace_back(alternative);
    }
    elements_.push_back(std::move(e));
  }
}

size_t WordPattern::match(const text::Words& words, size_t i, Captures& captures) const {
  Captures c;
  const size_t end = match_from(words, 0, i, i, nullptr, c);
  if (end == 0 || end <= i) return 0;
  captures = c;
  return end - i;
}

// Returns the word index after the match (0 when it fails). `punct` is the punctuation the
// previous element requires before the next word.
size_t WordPattern::match_from(const text::Words& words, size_t e, size_t w, size_t start,
                               const std::string* punct, Captures& c) const {
  if (e == elements_.size()) return w;
  const Element& el = elements_[e];
  if (el.type == Type::punct) return match_from(words, e + 1, w, start, &el.alternatives[0], c);

  // Try to consume word w with this element.
  auto consume = [&]() -> size_t {
    if (w >= words.size()) return 0;
    if (w > start) {
      const std::string gap = plain_gap(words.gap_before(w));
      if (punct ? gap != *punct : !gap.empty()) return 0;
    }
    const text::Word& word = words[w];
    Captures next = c;
    switch (el.type) {
      case Type::word: {
        const std::string written = el.exact ? agencies::lower(words.span(w, w + 1)) : std::string();
        bool ok = false;
        for (const auto& a : el.alternatives) ok = ok || (el.exact ? written == a : word.key == a);
        if (!ok) return 0;
        break;
      }
      case Type::capital:
        if (!word.upper) return 0;
        break;
      case Type::quarter: {
        int q = word.digits ? std::atoi(word.key.c_str()) : roman_value(word.key);
        if (q < 1 || q > 4) return 0;
        next.quarter = q;
        break;
      }
      default: {
        if (!word.digits || word.key.size() > 4) return 0;
        const int v = std::atoi(word.key.c_str());
        if (el.type == Type::day && (v < 1 || v > 31)) return 0;
        if (el.type == Type::month && (v < 1 || v > 12)) return 0;
        if ((el.type == Type::year || el.type == Type::year2) && (v < 1990 || v > 2100)) return 0;
        if (el.type == Type::count && (v < 1 || v > 999)) return 0;
        if (el.type == Type::day) next.day = v;
        if (el.type == Type::month) next.month = v;
        if (el.type == Type::year) next.year = v;
        if (el.type == Type::year2) next.year2 = v;
        if (el.type == Type::count) next.count = v;
      }
    }
    if (size_t r = match_from(words, e + 1, w + 1, start, nullptr, next)) {
      c = next;
      return r;
    }
    return 0;
  };
  if (size_t r = consume()) return r;  // an optional word is taken when it is there
  if (el.optional) return match_from(words, e + 1, w, start, punct, c);
  return 0;
}

}  // namespace pcmt::plans
