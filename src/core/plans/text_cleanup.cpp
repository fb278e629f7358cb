#include "core/plans/text_cleanup.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "core/plans/marker.hpp"
#include "core/plans/task_table.hpp"
#include "core/text/normalize.hpp"
#include "core/text/words.hpp"

namespace pcmt::plans {
namespace {

// HTML entities a Word or web export leaves behind.
std::string decode_entities(std::string_view s) {
  static const std::array<std::pair<std::string_view, std::string_view>, 7> kNamed = {
      {{"&nbsp;", " "}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"},
       {"&#39;", "'"}}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    bool done = false;
    for (const auto& [name, value] : kNamed) {
      if (s.substr(i, name.size()) == name) {
        out += value;
        i += name.size();
        done = true;
        break;
      }
    }
    if (done) continue;
    // Numeric: &#7843; or &#x1EA3;
    if (s.substr(i, 2) == "&#") {
      const size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 9) {
        const bool hex = s[i + 2] == 'x' || s[i + 2] == 'X';
        const std::string digits(s.substr(i + (hex ? 3 : 2), semi - i - (hex ? 3 : 2)));
        char* end = nullptr;
        const long cp = std::strtol(digits.c_str(), &end, hex ? 16 : 10);
        if (!digits.empty() && end && *end == '\0' && cp > 0 && cp < 0x110000) {
          text::append_utf8(out, static_cast<UChar32>(cp));
          i = semi + 1;
          continue;
        }
      }
    }
    out += s[i++];
  }
  return out;
}

// Drops <tags>; a <br> or a closing block tag becomes a space (the line split already happened).
std::string strip_tags(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<' && i + 1 < s.size() && (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/' || s[i + 1] == '!')) {
      const size_t close = s.find('>', i);
      if (close != std::string_view::npos) {
        out += ' ';
        i = close;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// Markdown: escapes ("1\.", "\_", "\-"), emphasis ("**", "__", "*x*"), headings, quotes, links.
std::string strip_markdown(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size() && (s[i] == '#' || s[i] == '>')) {
    ++i;
    while (i < s.size() && s[i] == ' ') ++i;
  }
  // A "* " or "+ " list item in markdown is a dash item.
  if (s.substr(i, 2) == "* ") {
    out += "- ";
    i += 2;
  }
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      // "\_" is emphasis or a blank ("ngày \_\_ tháng"); other escapes keep their character.
      if (s[++i] != '_') out += s[i];
      continue;
    }
    if (c == '*') continue;
    if (c == '_') {
      // "__bold__" and "_italic_" markers sit next to a space or the line's ends.
      const bool before = i == 0 || s[i - 1] == ' ' || s[i - 1] == '_';
      const bool after = i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '_' || std::ispunct(static_cast<unsigned char>(s[i + 1]));
      if (before || after) continue;
    }
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {  // image: dropped
      const size_t close = s.find(')', i);
      if (close != std::string_view::npos && s.find("](", i) < close) {
        i = close;
        continue;
      }
    }
    if (c == '[') {  // link: its text
      const size_t mid = s.find("](", i);
      const size_t close = mid == std::string_view::npos ? mid : s.find(')', mid);
      if (mid != std::string_view::npos && close != std::string_view::npos) {
        out += s.substr(i + 1, mid - i - 1);
        i = close;
        continue;
      }
    }
    out += c;
  }
  return out;
}

// Invisible and look-alike characters: no-break spaces, soft hyphens, zero-width marks, bullets.
std::string normalise_chars(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool at_start = true;
  for (char32_t cp : text::code_points(s)) {
    auto c = static_cast<UChar32>(cp);
    if (c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x2060) continue;
    if (c == 0x00A0 || c == 0x202F || c == 0x2007 || c == '\t' || c == 0x3000) c = ' ';
    // Word's bullet glyphs (Symbol/Wingdings private-use code points, •, ▪, ●, ◦, ➢, ✓).
    const bool bullet = c == 0x2022 || c == 0x25AA || c == 0x25CF || c == 0x25E6 || c == 0x27A2 ||
                        c == 0x2713 || c == 0x25A0 || (c >= 0xF000 && c <= 0xF0FF);
    if (bullet) {
      if (at_start) out += '-';
      at_start = false;
      continue;
    }
    if (c != ' ') at_start = false;
    text::append_utf8(out, c);
  }
  return out;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "12", "- 12 -", "Trang 12", "Trang 3/20", "3/20": a page number on its own line.
bool is_page_number(std::string_view s) {
  if (s.size() > 16) return false;
  std::string t(s);
  if (t.rfind("Trang ", 0) == 0) t = t.substr(6);
  while (!t.empty() && (t.front() == '-' || t.front() == ' ')) t.erase(t.begin());
  while (!t.empty() && (t.back() == '-' || t.back() == ' ')) t.pop_back();
  const size_t slash = t.find('/');
  if (slash != std::string::npos) return all_digits(t.substr(0, slash)) && all_digits(t.substr(slash + 1)) && t.size() <= 7;
  return all_digits(t) && t.size() <= 4;
}

// A line of only rule characters: "-----", "_____", "***", "|---|:---|".
bool is_rule(std::string_view s) {
  return s.size() >= 3 && s.find_first_not_of("-_=*|: ") == std::string_view::npos;
}

bool starts_lower(std::string_view s) {
  const auto first = text::code_points(s.substr(0, 4));
  return !first.empty() && u_islower(static_cast<UChar32>(first[0]));
}

bool all_capitals(std::string_view s) {
  bool letter = false;
  for (char32_t c : text::code_points(s)) {
    if (u_islower(static_cast<UChar32>(c))) return false;
    letter = letter || u_isalpha(static_cast<UChar32>(c));
  }
  return letter;
}

bool opens_preamble(std::string_view s) {
  const std::string f = text::fold(s.substr(0, 16));
  for (std::string_view opener : {"can cu", "thuc hien", "de ", "nham ", "tren co so", "theo de nghi"})
    if (f.rfind(opener, 0) == 0) return true;
  return false;
}

bool ends_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == ')' || s.back() == '*')) s.remove_suffix(1);
  if (s.size() >= 3 && (s.substr(s.size() - 3) == "”" || s.substr(s.size() - 3) == "’")) s.remove_suffix(3);
  return !s.empty() && std::string_view(".;:!?").find(s.back()) != std::string_view::npos;
}

}  // namespace

std::vector<std::string> split_table_row(std::string_view line) {
  if (line.find('|') == std::string_view::npos) return {std::string(line)};
  std::vector<std::string> cells;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    const bool escaped = i > 0 && i < line.size() && line[i - 1] == '\\';
    if (i == line.size() || (line[i] == '|' && !escaped)) {
      cells.emplace_back(text::trim(line.substr(start, i - start)));
      start = i + 1;
    }
  }
  // The pipes that open and close a row are not cell separators.
  if (!cells.empty() && text::trim(line).front() == '|') cells.erase(cells.begin());
  if (!cells.empty() && text::trim(line).back() == '|') cells.pop_back();
  // "|---|:---:|" separates a header from the body.
  if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty() || is_rule(c); })) return {};
  return cells;
}

namespace {

std::string clean_cell(std::string_view cell) {
  std::string s = normalise_chars(cell);
  s = decode_entities(strip_tags(s));
  s = normalise_chars(s);  // entities may have produced no-break spaces
  return collapse_spaces(text::trim(strip_markdown(text::trim(s))));
}

}  // namespace

std::string clean_line(std::string_view line) {
  std::string s = clean_cell(line);
  if (is_page_number(s) || is_rule(s)) return {};
  return s;
}

std::vector<std::string> join_continuations(std::vector<std::string> paragraphs, Lines lines) {
  std::vector<std::string> out;
  for (auto& p : paragraphs) {
    if (!out.empty() && read_marker(p).kind == MarkerKind::none) {
      const std::string& prev = out.back();
      const bool opens_with_lower = starts_lower(p);
      const bool prev_open = !prev.empty() && prev.back() == ',';
      const bool opens_mid_sentence =
          (std::isdigit(static_cast<unsigned char>(p[0])) || p[0] == '(') && !ends_sentence(prev);
      const bool wrapped = lines == Lines::wrap_paragraphs && !ends_sentence(prev) && !all_capitals(prev) &&
                           !all_capitals(p) && !opens_preamble(p);
      if (opens_with_lower || prev_open || opens_mid_sentence || wrapped) {
        out.back() += ' ';
        out.back() += p;
        continue;
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<std::string> clean_paragraphs(std::string_view text, Lines lines) {
  const std::string nfc = text::to_nfc(text);
  std::vector<std::string> paragraphs;
  std::optional<TaskTable> table;  // inside a task table, rows stay whole
  size_t start = 0;
  for (size_t i = 0; i <= nfc.size(); ++i) {
    // Line ends: \n, \r, form feed (page break), vertical tab (Word's manual line break).
    const bool end = i == nfc.size() || nfc[i] == '\n' || nfc[i] == '\r' || nfc[i] == '\f' || nfc[i] == '\v';
    // U+2028 LINE SEPARATOR / U+2029 PARAGRAPH SEPARATOR.
    const bool unicode_end = !end && i + 2 < nfc.size() && nfc.compare(i, 2, "\xE2\x80") == 0 &&
                             (nfc[i + 2] == '\xA8' || nfc[i + 2] == '\xA9');
    if (!end && !unicode_end) continue;
    const std::string_view line = std::string_view(nfc).substr(start, i - start);
    const bool table_row = line.find('|') != std::string_view::npos;
    std::vector<std::string> cells;
    // A table keeps its empty cells and row numbers; a line of prose drops page numbers.
    for (const auto& cell : split_table_row(line)) cells.push_back(table_row ? clean_cell(cell) : clean_line(cell));
    if (!table_row) table.reset();
    if (table_row && table) {
      if (std::string p = table->paragraph(cells); !p.empty()) paragraphs.push_back(std::move(p));
    } else if (!(table_row && (table = TaskTable::from_header(cells)))) {
      for (auto& c : cells)  // prose, or the cells of a layout table (the header block)
        if (!c.empty()) paragraphs.push_back(std::move(c));
    }
    if (unicode_end) i += 2;
    start = i + 1;
  }
  return join_continuations(std::move(paragraphs), lines);
}

}  // namespace pcmt::plans
