#include "core/plans/header.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cctype>

#include "core/agencies/unknown_agency.hpp"
#include "core/calendar/date.hpp"
#include "core/text/normalize.hpp"
#include "core/text/words.hpp"

namespace pcmt::plans {
namespace {

using text::fold;
using text::Words;

struct KindName {
  std::string_view folded;
  std::string_view kind;
};
constexpr std::array<KindName, 5> kKinds = {{{"ke hoach", "ke_hoach"},
                                             {"nghi quyet", "nghi_quyet"},
                                             {"chuong trinh", "chuong_trinh"},
                                             {"quyet dinh", "quyet_dinh"},
                                             {"de an", "other"}}};

// The kind from the symbol after the number: "594/KH-UBND" → KH.
constexpr std::array<KindName, 5> kSymbols = {
    {{"kh", "ke_hoach"}, {"nq", "nghi_quyet"}, {"ctr", "chuong_trinh"}, {"qd", "quyet_dinh"}, {"ctrhd", "chuong_trinh"}}};

// The issuing body from the symbol's last part: "KH-UBND" → "Ủy ban nhân dân tỉnh".
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kIssuerSymbols = {
    {{"ubnd", "Ủy ban nhân dân tỉnh"}, {"hdnd", "Hội đồng nhân dân tỉnh"}, {"bcd", "Ban Chỉ đạo tỉnh"}, {"tu", "Tỉnh ủy"}}};

// Abbreviations expanded in an issuer's name.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kAbbreviations = {
    {{"UBND", "Ủy ban nhân dân"}, {"HĐND", "Hội đồng nhân dân"}, {"BCĐ", "Ban Chỉ đạo"}}};

bool has_letters_all_upper(std::string_view s) {
  bool letter = false;
  for (char32_t c : text::code_points(s)) {
    if (u_islower(static_cast<UChar32>(c))) return false;
    if (u_isalpha(static_cast<UChar32>(c))) letter = true;
  }
  return letter;
}

std::string capitalise_first(const std::string& s) {
  const auto cps = text::code_points(s);
  if (cps.empty()) return s;
  std::string out;
  text::append_utf8(out, u_toupper(static_cast<UChar32>(cps[0])));
  for (size_t k = 1; k < cps.size(); ++k) text::append_utf8(out, static_cast<UChar32>(cps[k]));
  return out;
}

// "Căn cứ ...", "Thực hiện ...": the preamble, in sentence case ("THỰC HIỆN ..." opens a title).
bool is_preamble(const std::string& p) {
  if (has_letters_all_upper(p)) return false;
  const std::string f = fold(p.substr(0, 24));
  for (std::string_view opener : {"can cu", "thuc hien", "de ", "nham ", "tren co so", "theo ", "xet de nghi", "thi hanh"})
    if (f.rfind(opener, 0) == 0) return true;
  return false;
}

bool is_national_motto(const std::string& p) {
  const std::string f = fold(p);
  return f.find("cong hoa xa hoi chu nghia") != std::string::npos || f.find("doc lap") == 0;
}

// "Số: 171 /KH-UBND" → "171/KH-UBND"; "Số: /KH-BCĐ" → "/KH-BCĐ" (number left blank).
std::string read_number(const std::string& p) {
  if (fold(p.substr(0, 4)).rfind("so", 0) != 0) return {};
  size_t i = p.find(':');
  if (i == std::string::npos || i > 6) return {};
  std::string rest(text::trim(std::string_view(p).substr(i + 1)));
  std::string out;
  for (size_t k = 0; k < rest.size(); ++k) {
    const char c = rest[k];
    if (c == ' ') {
      const char prev = out.empty() ? '\0' : out.back();
      const char next = k + 1 < rest.size() ? rest[k + 1] : '\0';
      if (prev == '/' || prev == '-' || next == '/' || next == '-') continue;
      break;
    }
    out += c;
  }
  return out.find('/') == std::string::npos ? std::string() : out;
}

struct DateLine {
  std::string place;
  std::string date;
  std::optional<int> year;
};

// "Nghệ An, ngày 21 tháng 7 năm 2025"; "Thanh Hoá, ngày    tháng    năm 2021" has only a year.
std::optional<DateLine> read_date_line(const std::string& p) {
  const Words w(p);
  for (size_t i = 0; i < w.size(); ++i) {
    // "Place, ngày ..." or a line opening with "Ngày"; a date inside a title cites a document.
    if (!w.key_is(i, "ngay") || (i > 0 && !w.gap_has(i, ","))) continue;
    size_t k = i + 1;
    int day = 0, month = 0, year = 0;
    if (k < w.size() && w[k].digits) day = std::atoi(w[k++].key.c_str());
    if (w.key_is(k, "thang")) {
      ++k;
      if (k < w.size() && w[k].digits) month = std::atoi(w[k++].key.c_str());
      if (!w.key_is(k, "nam")) continue;
      ++k;
      if (k < w.size() && w[k].digits) year = std::atoi(w[k].key.c_str());
    } else if (day && k + 1 < w.size() && w[k].digits && w[k + 1].digits && w.gap_has(k, "/")) {
      month = std::atoi(w[k].key.c_str());
      year = std::atoi(w[k + 1].key.c_str());
    } else {
      continue;
    }
    if (year < 1990 || year > 2100) continue;
    DateLine d;
    d.year = year;
    if (day >= 1 && month >= 1 && month <= 12 && day <= calendar::days_in_month(year, month))
      d.date = calendar::Date(year, month, day).iso();
    // The place: the capitalised words right before ", ngày" ("Nghệ An", "Thanh Hoá"), not an
    // abbreviation of a number's symbol that may precede them ("Số: 594/KH-UBND Nghệ An, ngày").
    size_t first = i;
    while (first > 0 && w[first - 1].upper && i - first < 5 && (first == i || w.gap_before(first) == " ") &&
           agencies::lower(w.span(first - 1, first)) != std::string(w.span(first - 1, first)) &&
           !has_letters_all_upper(w.span(first - 1, first)))
      --first;
    if (first < i) d.place = std::string(w.span(first, i));
    return d;
  }
  return std::nullopt;
}

std::string expand_abbreviations(std::string s) {
  for (const auto& [abbr, full] : kAbbreviations) {
    for (size_t pos = s.find(abbr); pos != std::string::npos; pos = s.find(abbr, pos + full.size()))
      s.replace(pos, abbr.size(), full);
  }
  return s;
}

// A body named without its province gets the place of the date line: "UBND tỉnh" → "... tỉnh Nghệ An".
std::string with_place(std::string issuer, const std::string& place) {
  if (place.empty()) return issuer;
  const std::string f = fold(issuer);
  if (f.find(fold(place)) != std::string::npos) return issuer;
  const auto ends_with = [&](std::string_view tail) {
    return f.size() >= tail.size() && f.compare(f.size() - tail.size(), tail.size(), tail) == 0;
  };
  const bool ends_with_level = ends_with(" tinh") || ends_with(" thanh pho");
  return issuer + (ends_with_level ? " " : " tỉnh ") + place;
}

// "..., UBND tỉnh ban hành Kế hoạch ..." → "UBND tỉnh".
std::string issuer_from_preamble(const std::string& p) {
  const std::string f = fold(p);
  const size_t at = f.find(" ban hanh ");
  if (at == std::string::npos) return {};
  // Folding keeps ASCII letters and spaces in place but may shorten multi-byte letters, so the
  // cut is found again in the original by counting words.
  const Words w(p);
  size_t ban = w.size();
  for (size_t i = 0; i + 1 < w.size(); ++i)
    if (w.phrase_at(i, "ban hanh") && !w[i].upper) {
      ban = i;
      break;
    }
  if (ban == w.size() || ban == 0) return {};
  size_t start = ban;
  while (start > 0 && !w.gap_has(start, ",;:)") && ban - start < 12) --start;
  if (!w[start].upper) return {};
  return std::string(w.span(start, ban));
}

std::string issuer_from_header_lines(const std::vector<std::string>& lines, const std::string& place) {
  std::string joined;
  for (const auto& l : lines) {
    if (!joined.empty()) joined += ' ';
    joined += l;
  }
  if (joined.empty()) return {};
  std::string s = capitalise_first(agencies::lower(joined));
  // Restore the capitals of the province's name.
  if (!place.empty()) {
    const std::string lower_place = agencies::lower(place);
    const size_t pos = s.find(lower_place);
    if (pos != std::string::npos) s.replace(pos, lower_place.size(), place);
    else s = with_place(s, place);
  }
  return s;
}

}  // namespace

DocumentHeader read_header(const std::vector<std::string>& front) {
  DocumentHeader h;
  std::vector<std::string> issuer_lines;
  std::string symbol_kind, symbol_issuer;
  size_t kind_line = front.size();
  for (size_t i = 0; i < front.size(); ++i) {
    const std::string& p = front[i];
    if (h.number.empty()) {
      if (std::string n = read_number(p); !n.empty()) {
        h.number = n;
        const Words w(n);
        for (size_t k = 0; k < w.size(); ++k) {
          if (!w[k].digits && symbol_kind.empty())
            for (const auto& s : kSymbols)
              if (w[k].key == s.folded) symbol_kind = s.kind;
          for (const auto& [sym, body] : kIssuerSymbols)
            if (w[k].key == sym) symbol_issuer = body;
        }
      }
    }
    // The number and the date share a line when a PDF's two header columns run together.
    if (!h.year) {
      if (auto d = read_date_line(p)) {
        h.date = d->date;
        h.place = d->place;
        h.year = d->year;
        continue;
      }
    }
    if (!h.number.empty() && read_number(p) == h.number) continue;
    if (kind_line == front.size() && has_letters_all_upper(p)) {
      const std::string f = fold(p);
      bool found = false;
      for (const auto& k : kKinds) {
        if (f == k.folded || f.rfind(std::string(k.folded) + " ", 0) == 0) {
          h.kind = k.kind;
          kind_line = i;
          found = true;
          if (f.size() > k.folded.size()) h.title = std::string(text::trim(p.substr(p.find(' ', k.folded.size() - 1) + 1)));
          break;
        }
      }
      if (found) continue;
      if (h.number.empty() && !is_national_motto(p)) issuer_lines.push_back(p);
    }
  }
  // The title: the line after the kind, and further capitalised lines that continue it.
  if (kind_line < front.size() && h.title.empty()) {
    for (size_t i = kind_line + 1; i < front.size(); ++i) {
      const std::string& p = front[i];
      // The line after the kind is the title even when it opens with "Thực hiện ..."; a preamble
      // sentence ends with ";" or ":".
      const bool first = h.title.empty();
      const bool sentence = !p.empty() && (p.back() == ';' || p.back() == ':');
      if ((first ? (sentence || fold(p.substr(0, 8)).rfind("can cu", 0) == 0) : is_preamble(p)) ||
          read_number(p).size() || read_date_line(p))
        break;
      if (!h.title.empty() && !has_letters_all_upper(p)) break;
      if (!h.title.empty()) h.title += ' ';
      h.title += p;
      if (!has_letters_all_upper(p)) break;
    }
  }
  if (h.kind.empty()) h.kind = symbol_kind.empty() ? "other" : symbol_kind;

  for (size_t i = kind_line < front.size() ? kind_line + 1 : 0; i < front.size() && h.issuer.empty(); ++i)
    if (is_preamble(front[i]) || i + 1 == front.size()) h.issuer = issuer_from_preamble(front[i]);
  if (!h.issuer.empty()) h.issuer = with_place(expand_abbreviations(h.issuer), h.place);
  if (h.issuer.empty()) h.issuer = issuer_from_header_lines(issuer_lines, h.place);
  if (h.issuer.empty() && !symbol_issuer.empty()) h.issuer = with_place(std::string(symbol_issuer), h.place);
  return h;
}

}  // namespace pcmt::plans
