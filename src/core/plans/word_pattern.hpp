#pragma once
// A small pattern language over folded words, so that the deadline grammar reads as a table:
//   "truoc ngay {d} / {m} / {y}"   "quy {q} nam {y}"   "dinh ky {n} thang"   "hang|moi nam"
// Elements are separated by spaces:
//   word      a folded word (no diacritics, lower case)      a|b   one of several words
//   =word     a lower-case word with its diacritics, where folding would confuse ("=khi" is not "khí")
//   word?     an optional word                                / -   that punctuation between words
//   {d} day 1–31   {m} month 1–12   {y} {y2} year 1990–2100   {q} quarter I–IV or 1–4
//   {n} a count    {Cap} a word written with a capital
// Between two words without a punctuation element the text may hold only spaces.
#include <string>
#include <string_view>
#include <vector>

#include "core/text/words.hpp"

namespace pcmt::plans {

struct Captures {
  int day = 0, month = 0, year = 0, year2 = 0, quarter = 0, count = 0;
};

class WordPattern {
 public:
  explicit WordPattern(std::string_view pattern);
  // Words matched at word i (0 when the pattern does not match there).
  size_t match(const text::Words& words, size_t i, Captures& captures) const;

 private:
  enum class Type { word, punct, day, month, year, year2, quarter, count, capital };
  struct Element {
    Type type = Type::word;
    std::vector<std::string> alternatives;  // word: allowed keys; punct: allowed characters
    bool optional = false;
    bool exact = false;  // compare the lower-case word with its diacritics
  };
  size_t match_from(const text::Words& words, size_t element, size_t word, size_t start,
                    const std::string* punct, Captures& captures) const;

  std::vector<Element> elements_;
};

}  // namespace pcmt::plans
