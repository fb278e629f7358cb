#include "core/agencies/agency_catalogue.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "core/agencies/places.hpp"
#include "core/agencies/unknown_agency.hpp"
#include "core/resources.hpp"
#include "core/text/csv.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::agencies {
namespace {

constexpr std::array<std::string_view, 9> kKinds = {"so",   "ban",      "nganh_doc", "doan_the", "luc_luong_vu_trang",
                                                    "tu_phap", "bao_chi", "ubnd",      "khac"};

// Punctuation that may sit inside one name ("Sở Văn hóa, Thể thao và Du lịch", "GD&ĐT",
// "Phát thanh - Truyền hình"); anything else ends it.
bool inside_name_gap(std::string_view gap) {
  return gap.find_first_of(".;:()[]\"“”\n|") == std::string_view::npos;
}

bool spaces_only(std::string_view gap) { return text::trim(gap).empty(); }

bool is_code(std::string_view code) {
  return !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool is_roman(const text::Word& w) {
  return w.upper && w.key.size() <= 5 &&
         w.key.find_first_not_of("ivxl") == std::string::npos;
}

std::string line_prefix(int line) { return "Dòng " + std::to_string(line) + ": "; }

}  // namespace

bool is_agency_kind(std::string_view kind) {
  return std::find(kKinds.begin(), kKinds.end(), kind) != kKinds.end();
}

AgencyCatalogue AgencyCatalogue::from_csv(std::string_view csv) {
  std::vector<text::CsvRecord> records;
  try {
    records = text::parse_csv(csv);
  } catch (const std::invalid_argument& e) {
    throw CatalogueError(std::string("Tệp danh mục cơ quan không đọc được: ") + e.what());
  }
  const std::vector<std::string> header = {"code", "name", "kind", "aliases"};
  if (records.empty() || records[0].fields != header)
    throw CatalogueError("Tệp danh mục cơ quan phải có dòng tiêu đề code,name,kind,aliases");

  AgencyCatalogue cat;
  std::set<std::string> codes;
  for (size_t r = 1; r < records.size(); ++r) {
    const auto& rec = records[r];
    if (rec.fields.size() == 1 && text::trim(rec.fields[0]).empty()) continue;  // blank line
    if (rec.fields.size() != 4) throw CatalogueError(line_prefix(rec.line) + "cần đúng 4 cột");
    Agency a;
    a.code = std::string(text::trim(rec.fields[0]));
    a.name = text::to_nfc(text::trim(rec.fields[1]));
    a.kind = std::string(text::trim(rec.fields[2]));
    if (!is_code(a.code))
      throw CatalogueError(line_prefix(rec.line) + "mã cơ quan '" + a.code + "' chỉ gồm chữ thường, số và dấu _");
    if (!codes.insert(a.code).second) throw CatalogueError(line_prefix(rec.line) + "mã cơ quan '" + a.code + "' bị trùng");
    if (a.name.empty()) throw CatalogueError(line_prefix(rec.line) + "tên cơ quan trống");
    if (!is_agency_kind(a.kind)) throw CatalogueError(line_prefix(rec.line) + "loại cơ quan '" + a.kind + "' không hợp lệ");
    for (auto part : text::split(rec.fields[3], ';'))
      if (const auto alias = text::trim(part); !alias.empty()) a.aliases.push_back(text::to_nfc(alias));
    cat.agencies_.push_back(std::move(a));
  }

  // Written names first, so that a name dropping its "tỉnh" never shadows a written one.
  for (size_t i = 0; i < cat.agencies_.size(); ++i) {
    const Agency& a = cat.agencies_[i];
    try {
      cat.add_name(static_cast<int>(i), a.name, false);
      for (const auto& alias : a.aliases) cat.add_name(static_cast<int>(i), alias, false);
    } catch (const CatalogueError& e) {
      throw CatalogueError("Cơ quan '" + a.code + "': " + e.what());
    }
  }
  for (size_t i = 0; i < cat.agencies_.size(); ++i) {
    const Agency& a = cat.agencies_[i];
    cat.add_name(static_cast<int>(i), a.name, true);
    for (const auto& alias : a.aliases) cat.add_name(static_cast<int>(i), alias, true);
  }
  return cat;
}

void AgencyCatalogue::add_name(int agency, std::string_view written, bool bare) {
  const text::Words words(written);
  std::vector<std::string> keys;
  for (size_t i = 0; i < words.size(); ++i) keys.push_back(words[i].key);
  if (bare) {
    // "Hội Nông dân tỉnh" is also written "Hội Nông dân"; two-word names keep their "tỉnh"
    // ("Báo tỉnh" without it would be every "Báo cáo").
    if (keys.size() < 3 || keys.back() != "tinh") return;
    keys.pop_back();
    // Without "tỉnh" these are verbs ("Thanh tra, kiểm tra...", "Thống kê số người...").
    static const std::set<std::vector<std::string>> kVerbs = {{"thanh", "tra"}, {"thong", "ke"}};
    if (kVerbs.count(keys)) return;
  }
  if (keys.empty()) return;
  int node = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    auto it = nodes_[node].next.find(keys[i]);
    if (it == nodes_[node].next.end()) {
      nodes_.push_back(Node{});
      it = nodes_[node].next.emplace(keys[i], static_cast<int>(nodes_.size() - 1)).first;
    }
    node = it->second;
    if (i > 0 && !spaces_only(words.gap_before(i))) nodes_[node].after_punct = true;
  }
  Node& end = nodes_[node];
  if (bare) {
    if (end.agency >= 0) return;  // a written name wins
    end.bare = true;
  } else if (end.agency >= 0 && end.agency != agency) {
    throw CatalogueError("tên '" + std::string(written) + "' đã thuộc cơ quan '" + agencies_[end.agency].code + "'");
  }
  end.agency = agency;
  if (!words[0].upper) end.needs_capital = false;
}

const AgencyCatalogue& AgencyCatalogue::embedded() {
  static const AgencyCatalogue cat = [] {
    auto csv = resource("data/reference/agencies.csv");
    if (!csv) throw CatalogueError("Thiếu danh mục cơ quan data/reference/agencies.csv trong chương trình");
    return from_csv(*csv);
  }();
  return cat;
}

const Agency* AgencyCatalogue::by_code(std::string_view code) const {
  for (const auto& a : agencies_)
    if (a.code == code) return &a;
  return nullptr;
}

// Depth-first walk of the name trie over the words, keeping the longest name that ends.
struct AgencyCatalogue::Walk {
  const AgencyCatalogue& cat;
  const text::Words& words;
  size_t start;
  size_t best_end = 0;
  int best_node = -1;
  bool best_via_place = false;

  void from(size_t pos, int node, bool via_place) {
    const Node& n = cat.nodes_[node];
    if (n.agency >= 0 && pos > best_end) {
      best_end = pos;
      best_node = node;
      best_via_place = via_place;
    }
    if (pos >= words.size() || (pos > start && !inside_name_gap(words.gap_before(pos)))) return;
    // A comma continues a name only where the catalogue puts punctuation: "Hội Cựu chiến binh,
    // Tỉnh đoàn" is two agencies, "Sở Văn hóa, Thể thao và Du lịch" one.
    const bool comma = pos > start && words.gap_has(pos, ",");
    if (auto it = n.next.find(words[pos].key); it != n.next.end() && (!comma || cat.nodes_[it->second].after_punct))
      from(pos + 1, it->second, via_place);
    if (comma) return;
    // Where the catalogue says "tỉnh" the text may give the province's name or "thành phố".
    auto tinh = n.next.find("tinh");
    if (tinh == n.next.end() || pos == start) return;
    const Places& places = Places::standard();
    if (size_t k = places.province_at(words, pos)) from(pos + k, tinh->second, true);
    if (words.phrase_at(pos, "thanh pho") == 2) {
      const size_t after = pos + 2;
      if (size_t k = places.province_at(words, after)) {
        from(after + k, tinh->second, true);
      } else if (after >= words.size() || !words[after].upper || !spaces_only(words.gap_before(after))) {
        // "Công an thành phố" in a city's plan; "UBND thành phố Vinh" is a former town, not the province.
        from(after, tinh->second, true);
      }
    }
  }
};

std::optional<AgencyMention> AgencyCatalogue::longest_at(const text::Words& words, size_t i, bool case_sensitive) const {
  if (i >= words.size()) return std::nullopt;
  Walk walk{*this, words, i};
  walk.from(i, 0, false);
  if (walk.best_node < 0) return std::nullopt;
  const Node& node = nodes_[walk.best_node];
  if (case_sensitive && node.needs_capital && !words[i].upper) return std::nullopt;

  size_t end = walk.best_end;
  bool via_place = walk.best_via_place;
  // "Sở Y tế tỉnh (Nghệ An)": a level word after a name that does not end with one.
  if (end < words.size() && words[end - 1].key != "tinh" && words[end].key == "tinh" && !words[end].upper &&
      spaces_only(words.gap_before(end)))
    ++end;
  // A province name after the agency's name: "Công an tỉnh Nghệ An", "Sở Tài chính Hà Tĩnh".
  if (end < words.size() && spaces_only(words.gap_before(end))) {
    if (size_t k = Places::standard().province_at(words, end)) {
      end += k;
      via_place = true;
    }
  }
  // Regional bodies carry their region's number: "Chi cục Hải quan khu vực XI", "Vùng Cảnh sát biển 1".
  bool regional = false;
  for (size_t w = i; w < end; ++w) regional = regional || words[w].key == "vung" || words.phrase_at(w, "khu vuc");
  if (regional && end < words.size() && spaces_only(words.gap_before(end)) &&
      (words[end].digits || is_roman(words[end])))
    ++end;

  AgencyMention m;
  m.agency = &agencies_[node.agency];
  m.name = m.agency->name;
  m.written = std::string(words.span(i, end));
  m.first_word = i;
  m.last_word = end;
  m.bare = node.bare && !via_place;
  return m;
}

std::optional<AgencyMention> AgencyCatalogue::known_at(const text::Words& words, size_t i) const {
  // "Công an" in "Bộ Công an", "Báo Công an nhân dân" belongs to the longer name.
  if (i > 0 && spaces_only(words.gap_before(i)) && is_head_noun(words, i - 1)) return std::nullopt;
  return longest_at(words, i, true);
}

std::optional<AgencyMention> AgencyCatalogue::mention_at(const text::Words& words, size_t i) const {
  if (auto m = known_at(words, i)) return m;
  auto end = unknown_agency_end(words, i, [&](size_t j) { return longest_at(words, j, true).has_value(); });
  if (!end) return std::nullopt;
  size_t last = *end;
  // Keep the name generic: "Hội Cựu Công an nhân dân tỉnh Nghệ An" → "... tỉnh".
  for (size_t w = i + 1; w < last; ++w) {
    if (words[w].key == "tinh" && w + 1 < last && words[w + 1].upper) {
      last = w + 1;
      break;
    }
    if (Places::standard().province_at(words, w) && w > i + 1) {
      last = w;
      break;
    }
  }
  AgencyMention m;
  m.name = std::string(words.span(i, last));
  m.written = std::string(words.span(i, *end));
  m.first_word = i;
  m.last_word = *end;  // the whole phrase is consumed, place included
  return m;
}

std::optional<AgencyMention> AgencyCatalogue::prefixed_at(const text::Words& words, size_t i,
                                                         std::string_view prefix) const {
  if (i >= words.size()) return std::nullopt;
  constexpr size_t kLookahead = 10;
  const std::string joined = std::string(prefix) + " " + std::string(words.span(i, std::min(words.size(), i + kLookahead)));
  const text::Words candidate(joined);
  const size_t prefix_words = text::Words(prefix).size();
  auto m = longest_at(candidate, 0, false);
  if (!m || m->last_word <= prefix_words) return std::nullopt;
  const size_t consumed = m->last_word - prefix_words;
  m->first_word = i;
  m->last_word = i + consumed;
  m->written = std::string(words.span(i, i + consumed));
  return m;
}

std::optional<AgencyMention> AgencyCatalogue::elided_at(const text::Words& words, size_t i,
                                                       const AgencyMention& previous) const {
  const size_t prev_len = previous.last_word - previous.first_word;
  if (!previous.known() || prev_len < 2) return std::nullopt;
  for (size_t k = prev_len - 1; k >= 1; --k) {
    auto m = prefixed_at(words, i, words.span(previous.first_word, previous.first_word + k));
    if (m && m->agency != previous.agency) return m;
  }
  return std::nullopt;
}

std::vector<AgencyMention> AgencyCatalogue::find_all(const text::Words& words) const {
  std::vector<AgencyMention> out;
  for (size_t i = 0; i < words.size();) {
    auto m = mention_at(words, i);
    // Right after a name, in a list ("UBND cấp huyện, cấp xã"), a shortened name may follow.
    if (!m && !out.empty()) {
      const size_t prev_end = out.back().last_word;
      const bool listed = (prev_end == i && words.gap_has(i, ",")) ||
                          (prev_end + 1 == i && words[prev_end].key == "va");
      if (listed) m = elided_at(words, i, out.back());
    }
    if (m) {
      i = m->last_word;
      out.push_back(std::move(*m));
    } else {
      ++i;
    }
  }
  return out;
}

std::vector<AgencyMention> AgencyCatalogue::find_all(std::string_view text) const {
  const std::string nfc = text::to_nfc(text);
  const text::Words words(nfc);
  return find_all(words);
}

const Agency* AgencyCatalogue::match(std::string_view mention) const {
  const std::string nfc = text::to_nfc(text::trim(mention));
  const text::Words words(nfc);
  const size_t start = title_at(words, 0);
  auto m = longest_at(words, start, false);
  if (!m || m->last_word != words.size()) return nullptr;
  return m->agency;
}

}  // namespace pcmt::agencies
