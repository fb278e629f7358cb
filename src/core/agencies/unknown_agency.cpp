#include "core/agencies/unknown_agency.hpp"
#include "core/text/normalize.hpp"

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

// Lower-case phrases that start a predicate: an unknown name ends before them. Compared with
// diacritics, since folding merges "từ" (from) with "tư" in "Đầu tư", "trong" with "trọng".
constexpr std::array<std::string_view, 88> kPredicates = {
    "chỉ đạo",  "phối hợp",  "chủ trì",   "tổ chức",   "thực hiện", "triển khai", "tham mưu",  "xây dựng",
    "căn cứ",   "theo",      "có",        "chịu",      "tăng cường", "đẩy mạnh",  "quản lý",   "tiếp tục",
    "rà soát",  "nghiên cứu", "hướng dẫn", "kiểm tra", "khẩn trương", "chủ động", "thường xuyên", "bảo đảm",
    "đảm bảo",  "phát huy",  "nâng cao",  "huy động",  "trên",      "trong",      "tại",       "phải",
    "được",     "là",        "giúp",      "làm",       "để",        "nhằm",       "với",       "cho",
    "về",       "khi",       "sau",       "từ",        "đến",       "hằng",       "hàng",      "định kỳ",
    "giám sát", "đôn đốc",   "tổng hợp",  "báo cáo",   "đề xuất",   "kiến nghị",  "phát hiện", "vận động",
    "tuyên truyền", "hỗ trợ", "bố trí",   "ưu tiên",   "quán triệt", "giao",      "đề nghị",   "các",
    "ban hành", "xử lý",     "hoàn thành", "duy trì",  "xem xét",   "cập nhật",   "thành lập", "tổng kết",
    "sơ kết",   "áp dụng",   "khắc phục", "tiếp nhận", "cung cấp",  "bảo vệ",     "phòng ngừa", "đấu tranh",
    "ngăn chặn", "phân công", "gửi",      "lập",       "dự báo",    "nhân rộng",  "đánh giá",  "ký kết",
};

struct Predicate {
  std::string folded;
  std::vector<std::string> words;  // lower-case with diacritics
};

const std::vector<Predicate>& predicates() {
  static const std::vector<Predicate> all = [] {
    std::vector<Predicate> out;
    for (std::string_view p : kPredicates) {
      Predicate pr;
      pr.folded = text::fold(p);
      for (auto word : text::split(p, ' ')) pr.words.emplace_back(word);
      out.push_back(std::move(pr));
    }
    return out;
  }();
  return all;
}

// Titles of the head of a body; "Giám đốc Công an tỉnh" assigns the work to Công an tỉnh.
// Compared with diacritics: "Trưởng" is a title, "Trường" (school) opens a name.
constexpr std::array<std::string_view, 16> kTitles = {
    "phó chủ tịch", "chủ tịch",  "phó giám đốc", "giám đốc",   "thủ trưởng",  "người đứng đầu",
    "chánh văn phòng", "chánh án", "viện trưởng", "bí thư",    "chỉ huy trưởng", "cục trưởng",
    "chi cục trưởng", "phó trưởng ban", "trưởng ban", "trưởng"};

}  // namespace

size_t title_at(const text::Words& words, size_t i) {
  const auto all = titles_at(words, i);
  return all.empty() ? 0 : all.front();
}

std::vector<size_t> titles_at(const text::Words& words, size_t i) {
  std::vector<size_t> found;
  for (std::string_view t : kTitles) {
    const auto parts = text::split(t, ' ');
    bool ok = i + parts.size() <= words.size();
    for (size_t n = 0; ok && n < parts.size(); ++n)
      ok = lower(words.span(i + n, i + n + 1)) == parts[n] && (n == 0 || words.gap_before(i + n) == " ");
    if (ok) found.push_back(parts.size());
  }
  std::sort(found.begin(), found.end(), std::greater<>());
  return found;
}

std::string lower(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (char32_t c : text::code_points(utf8)) text::append_utf8(out, u_tolower(static_cast<UChar32>(c)));
  return out;
}

bool starts_predicate(const text::Words& words, size_t i) {
  if (i >= words.size() || words[i].upper) return false;
  for (const auto& p : predicates()) {
    const size_t n = words.phrase_at(i, p.folded);
    if (n == 0) continue;
    bool same = true;
    for (size_t k = 0; k < n && same; ++k) same = lower(words.span(i + k, i + k + 1)) == p.words[k];
    if (same) return true;
  }
  return false;
}

namespace {

// Number of words of the head noun at word i (1 or 2), 0 when word i is not one.
size_t head_length(const text::Words& words, size_t i) {
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

bool is_head_noun(const text::Words& words, size_t i) { return head_length(words, i) == 1; }

std::optional<size_t> unknown_agency_end(const text::Words& words, size_t i,
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
