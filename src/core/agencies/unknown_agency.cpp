#include "core/agencies/unknown_agency.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <functional>
#include <array>

namespace pcmt::agencies {
namespace {

// Head nouns that open the name of a Vietnamese public body, compared lower-case with diacritics
// kept, so "Báo" (newspaper) is a head and "Bảo" (as in "Bảo đảm") is not. Two-word heads give
// their second word ("Chi cục", "Trung tâm").
struct Head {
  std::string_view first;
  std::string_view second;  // "" for a one-word head
};
constexpr std::array<Head, 33> kHeads = {{
    {"sở", ""},         {"ban", ""},        {"hội", ""},        {"cục", ""},
    {"chi", "cục"},     {"chi", "nhánh"},   {"viện", ""},       {"tòa", "án"},
    {"toà", "án"},      {"trường", ""},     {"trung", "tâm"},   {"văn", "phòng"},
    {"đài", ""},        {"báo", ""},        {"liên", "đoàn"},   {"liên", "minh"},
    {"ủy", "ban"},      {"uỷ", "ban"},      {"bộ", ""},         {"ngân", "hàng"},
    {"bảo", "hiểm"},    {"kho", "bạc"},     {"thanh", "tra"},   {"đoàn", ""},
    {"hiệp", "hội"},    {"công", "ty"},     {"bệnh", "viện"},   {"quỹ", ""},
    {"học", "viện"},    {"phòng", ""},      {"đảng", "ủy"},     {"cảng", "vụ"},
    {"trại", ""},
}};

// Lower-case phrases that start a predicate: an unknown name ends before them.
constexpr std::array<std::string_view, 88> kPredicates = {
    "chi dao",    "phoi hop",   "chu tri",    "to chuc",    "thuc hien",  "trien khai",
    "tham muu",   "xay dung",   "can cu",     "theo",       "co",         "chiu",
    "tang cuong", "day manh",   "quan ly",    "tiep tuc",   "ra soat",    "nghien cuu",
    "huong dan",  "kiem tra",   "khan truong", "chu dong",  "thuong xuyen", "bao dam",
    "dam bao",    "phat huy",   "nang cao",   "huy dong",   "tren",       "trong",
    "tai",        "phai",       "duoc",       "la",         "giup",       "lam",
    "de",         "nham",       "voi",        "cho",        "ve",         "khi",
    "sau",        "tu",         "den",        "hang",       "dinh ky",    "giam sat",
    "don doc",    "tong hop",   "bao cao",    "de xuat",    "kien nghi",  "phat hien",
    "van dong",   "tuyen truyen", "ho tro",   "bo tri",     "uu tien",    "quan triet",
    "giao",       "de nghi",    "cac",        "ban hanh",   "xu ly",      "hoan thanh",
    "duy tri",    "xem xet",    "cap nhat",   "thanh lap",  "tong ket",   "so ket",
    "ap dung",    "khac phuc",  "tiep nhan",  "cung cap",   "bao ve",     "phong ngua",
    "dau tranh",  "ngan chan",  "phan cong",  "gui",        "lap",        "du bao",
    "nhan rong",  "danh gia",   "thuc thi",   "ky ket",
};

// Titles of the head of a body; "Giám đốc Công an tỉnh" assigns the work to Công an tỉnh.
// Compared with diacritics: "Trưởng" is a title, "Trường" (school) opens a name.
constexpr std::array<std::string_view, 16> kTitles = {
    "phó chủ tịch", "chủ tịch",  "phó giám đốc", "giám đốc",   "thủ trưởng",  "người đứng đầu",
    "chánh văn phòng", "chánh án", "viện trưởng", "bí thư",    "chỉ huy trưởng", "cục trưởng",
    "chi cục trưởng", "phó trưởng ban", "trưởng ban", "trưởng"};

}  // namespace

size_t title_at(const Words& words, size_t i) {
  const auto all = titles_at(words, i);
  return all.empty() ? 0 : all.front();
}

std::vector<size_t> titles_at(const Words& words, size_t i) {
  std::vector<size_t> found;
  for (std::string_view t : kTitles) {
    size_t n = 0;
    bool ok = true;
    for (size_t pos = 0; ok && pos < t.size(); ++n) {
      size_t space = t.find(' ', pos);
      if (space == std::string_view::npos) space = t.size();
      ok = i + n < words.size() && lower(words.span(i + n, i + n + 1)) == t.substr(pos, space - pos) &&
           (n == 0 || words.gap_before(i + n) == " ");
      pos = space + 1;
    }
    if (ok) found.push_back(n);
  }
  std::sort(found.begin(), found.end(), std::greater<>());
  return found;
}

std::string lower(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    c = u_tolower(c);
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, c, error);
    if (!error) out.append(buf, static_cast<size_t>(len));
  }
  return out;
}

bool starts_predicate(const Words& words, size_t i) {
  if (i >= words.size() || words[i].upper) return false;
  return std::any_of(kPredicates.begin(), kPredicates.end(),
                     [&](std::string_view p) { return words.phrase_at(i, p) > 0; });
}

namespace {

// Number of words of the head noun at word i (1 or 2), 0 when word i is not one.
size_t head_length(const Words& words, size_t i) {
  if (i >= words.size() || !words[i].upper) return 0;
  const std::string first = lower(words.span(i, i + 1));
  const std::string second = i + 1 < words.size() ? lower(words.span(i + 1, i + 2)) : std::string();
  size_t best = 0;
  for (const auto& h : kHeads) {
    if (h.first != first) continue;
    if (h.second.empty()) best = std::max<size_t>(best, 1);
    else if (second == h.second && words.gap_before(i + 1) == " ") best = 2;
  }
  return best;
}

bool soft_gap(std::string_view gap) { return gap.find_first_of(",;:.()[]\"“”\n|") == std::string_view::npos; }

}  // namespace

bool is_head_noun(const Words& words, size_t i) { return head_length(words, i) == 1; }

std::optional<size_t> unknown_agency_end(const Words& words, size_t i,
                                         const std::function<bool(size_t)>& known_at) {
  const size_t head = head_length(words, i);
  if (head == 0) return std::nullopt;
  const size_t first_name_word = i + head;
  // The name proper must start with a capital: "Hội Nông dân" is a body, "Hội nghị" is not.
  if (first_name_word >= words.size() || !words[first_name_word].upper ||
      !soft_gap(words.gap_before(first_name_word)))
    return std::nullopt;
  size_t j = first_name_word + 1;
  constexpr size_t kMaxWords = 12;
  while (j < words.size() && j - i < kMaxWords) {
    if (!soft_gap(words.gap_before(j)) || starts_predicate(words, j)) break;
    // "Hội Nông dân và Hội Cựu chiến binh": "và" before another agency joins two names.
    if (words[j].key == "va" && (head_length(words, j + 1) > 0 || known_at(j + 1))) break;
    ++j;
  }
  return j;
}

}  // namespace pcmt::agencies
