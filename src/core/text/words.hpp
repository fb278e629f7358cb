#pragma once
// Words of a Vietnamese text with their byte offsets and folded keys.
// Agency names, role cues ("chủ trì", "phối hợp") and deadline phrases are all matched word by
// word on folded keys (lower-case, no diacritics, đ→d — the same folding as text::search_key),
// while the original text stays addressable for output. Punctuation lives in the gaps between
// words, so "GD&ĐT", "GD-ĐT" and "GD ĐT" give the same words.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pcmt::text {

struct Word {
  uint32_t begin = 0;  // byte offset in the text
  uint32_t end = 0;
  std::string key;     // folded: "Đồng" → "dong"
  bool upper = false;  // first letter is upper-case
  bool digits = false; // only digits: "2025"
};

// Folds one UTF-8 string the way Words folds each word (fast table lookup, no ICU per call).
std::string fold(std::string_view utf8);

// The code points of UTF-8 text; malformed bytes are skipped.
std::u32string code_points(std::string_view utf8);

// The parts of `s` between `separator`s, empty ones included: split("a;b", ';') = {"a", "b"}.
std::vector<std::string_view> split(std::string_view s, char separator);

class Words {
 public:
  explicit Words(std::string_view text);  // text should be NFC; it must outlive this object

  size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  const Word& operator[](size_t i) const { return words_[i]; }
  std::string_view text() const { return text_; }

  // Text between word i-1 (or the start) and word i; gap_before(size()) is the tail.
  std::string_view gap_before(size_t i) const;
  // Original text of words [first, last), punctuation inside included.
  std::string_view span(size_t first, size_t last) const;
  // Number of words of `folded_phrase` ("phoi hop") found at word i with plain spaces between
  // them, 0 when absent.
  size_t phrase_at(size_t i, std::string_view folded_phrase) const;
  bool key_is(size_t i, std::string_view key) const { return i < size() && words_[i].key == key; }
  // The gap before word i holds one of these characters.
  bool gap_has(size_t i, std::string_view chars) const;
  // Word i stands inside a parenthesis opened before it: "(hoàn thành trong Quý IV/2025)".
  bool in_parentheses(size_t i) const;
  // Index of the first word starting at or after byte offset `pos`.
  size_t word_at_or_after(size_t pos) const;

 private:
  std::string_view text_;
  std::vector<Word> words_;
};

}  // namespace pcmt::text
