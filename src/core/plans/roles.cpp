#include "core/plans/roles.hpp"

#include <algorithm>
#include <array>

#include "core/agencies/unknown_agency.hpp"
#include "core/text/words.hpp"

namespace pcmt::plans {
namespace {

using agencies::AgencyCatalogue;
using agencies::AgencyMention;
using text::Words;

constexpr std::string_view kSentenceEnd = ".;:!?\n";

// Words that open a vague group rather than a named agency: "các cơ quan có liên quan",
// "chính quyền địa phương", "lực lượng chức năng".
constexpr std::array<std::string_view, 15> kGroupOpeners = {
    "cac",     "dia phuong", "co quan", "don vi",   "luc luong", "chinh quyen", "cap uy",
    "nganh",   "doanh nghiep", "gia dinh", "nha truong", "nhung", "ban nganh", "doan the",
    "to chuc chinh tri"};

// After a group: it names nobody in particular.
constexpr std::array<std::string_view, 4> kVagueTails = {"co lien quan", "lien quan", "chuc nang", "co lien quan khac"};

// A level after a list: "Hội Nông dân, Đoàn Thanh niên cấp huyện, xã" are not the provincial bodies.
constexpr std::array<std::string_view, 6> kLowerLevels = {"cap huyen", "cap xa", "cac cap", "hai cap", "cap co so", "co so"};

struct Listed {
  AgencyMention mention;
  bool requested = false;
};

class RoleReader {
 public:
  RoleReader(const Words& words, const AgencyCatalogue& catalogue) : w_(words), cat_(catalogue) {}

  Roles read() {
    Roles roles;
    size_t i = read_subject(roles);
    while (i < w_.size()) i = read_cue(i, roles);
    return roles;
  }

 private:
  const Words& w_;
  const AgencyCatalogue& cat_;

  bool sentence_gap(size_t i) const { return i < w_.size() && w_.gap_has(i, kSentenceEnd); }
  bool clause_start(size_t i) const { return i == 0 || w_.gap_has(i, ",.;:!?\n("); }

  size_t phrase_in(size_t i, const auto& phrases) const {
    for (std::string_view p : phrases)
      if (size_t n = w_.phrase_at(i, p)) return n;
    return 0;
  }

  // First word after the parenthesis that opens before word i.
  size_t skip_parenthetical(size_t i) const {
    while (i < w_.size() && !w_.gap_has(i + 1, ")")) ++i;
    return std::min(w_.size(), i + 1);
  }

  // "lực lượng Hải quan", "lực lượng chuyên trách phòng, chống tội phạm về ma túy của Công an tỉnh".
  std::optional<AgencyMention> force_at(size_t i) const {
    const size_t n = w_.phrase_at(i, "luc luong");
    if (n == 0) return std::nullopt;
    if (auto m = cat_.known_at(w_, i + n)) return m;
    constexpr size_t kReach = 14;
    for (size_t k = i + n; k < w_.size() && k < i + n + kReach; ++k) {
      if (sentence_gap(k)) break;
      if (w_.key_is(k, "cua"))
        if (auto m = cat_.known_at(w_, k + 1)) return m;
    }
    return std::nullopt;
  }

  // Words of a vague group, up to the next list separator.
  size_t skip_group(size_t i) const {
    size_t j = i;
    constexpr size_t kMaxWords = 8;
    while (j < w_.size() && j - i < kMaxWords) {
      if (j > i && (w_.gap_has(j, ",") || sentence_gap(j) || w_.key_is(j, "va") ||
                    agencies::starts_predicate(w_, j)))
        break;
      ++j;
    }
    return j;
  }

  // A list of agencies from word i: "X, Y và Z", "Bộ CHQS tỉnh; đề nghị Bộ Tư lệnh ...",
  // "các sở, ngành: Y tế, Công Thương". In a subject, "đề nghị" turns the rest into requests
  // and words qualifying an agency up to the next comma are skipped. `opened` tells whether
  // the list starts with an agency.
  size_t read_list(size_t i, bool subject, std::vector<Listed>& out, bool* opened = nullptr) {
    const size_t first_item = out.size();
    bool requested = false;
    bool enumeration = false;  // after "các sở, ngành:" each item may drop its "Sở"
    std::optional<AgencyMention> last;
    bool first_element = true;
    while (i < w_.size()) {
      if (size_t n = w_.phrase_at(i, "de nghi")) {
        if (!subject) break;
        requested = true;
        i += n;
        continue;
      }
      const size_t element = i;
      std::optional<AgencyMention> m = force_at(i);
      // "Giám đốc Sở Y tế", "Trưởng Ban Chỉ đạo 138 ...": a title before the agency.
      for (size_t title : agencies::titles_at(w_, i)) {
        if (!m) m = cat_.mention_at(w_, i + title);
        if (m) break;
      }
      if (!m) m = cat_.mention_at(w_, i);
      if (!m && enumeration) m = cat_.prefixed_at(w_, i, "Sở");
      if (!m && last && (w_.gap_has(i, ",") || w_.key_is(i - 1, "va"))) m = cat_.elided_at(w_, i, *last);
      const bool is_first = first_element;
      first_element = false;
      if (opened && is_first) *opened = m.has_value();
      if (m) {
        i = std::max(m->last_word, element + 1);
        const bool group = m->known() && m->agency->collective();
        if (group && i < w_.size() && w_.gap_before(i).find(':') != std::string_view::npos) {
          enumeration = true;  // "các sở, ngành: Y tế, ..." names its members instead
          last = m;
          continue;
        }
        const size_t vague = group ? phrase_in(i, kVagueTails) : 0;
        if (vague == 0) out.push_back({*m, requested});
        i += vague;
        last = m;
      } else if (!(subject && is_first)) {
        // A vague group ("các cơ quan có liên quan", "Trưởng ban, ngành") names nobody; skip it.
        const size_t at = i + agencies::title_at(w_, i);
        if (phrase_in(at, kGroupOpeners) == 0) break;
        const size_t j = skip_group(at);
        if (j == at) break;
        i = j;
      } else {
        break;
      }
      if (!continue_list(i, subject, enumeration, first_item, out)) break;
    }
    return i;
  }

  // After an element at i-1: moves i to the next element and says whether the list goes on.
  bool continue_list(size_t& i, bool subject, bool enumeration, size_t first_item, std::vector<Listed>& out) {
    if (i >= w_.size()) return false;
    if (w_.gap_has(i, "(")) i = skip_parenthetical(i);
    if (i >= w_.size()) return false;
    const std::string_view gap = w_.gap_before(i);
    if (gap.find_first_of(kSentenceEnd) != std::string_view::npos) {
      if (subject && gap.find(';') != std::string_view::npos && w_.phrase_at(i, "de nghi")) return true;
      if (enumeration && gap.find(':') != std::string_view::npos) return true;
      return false;
    }
    if (gap.find(',') != std::string_view::npos) return true;
    if (w_.key_is(i, "va") || w_.key_is(i, "cung")) {
      ++i;
      return true;
    }
    if (size_t n = phrase_in(i, kLowerLevels)) {
      // The level qualifies the whole list: drop the bodies matched without their "tỉnh".
      out.erase(std::remove_if(out.begin() + static_cast<long>(first_item), out.end(),
                               [](const Listed& l) { return l.mention.bare; }),
                out.end());
      i += n;
      return false;
    }
    if (subject) {
      // "UBND các xã giáp biên giới Việt - Lào, đề nghị ...": words qualifying the agency.
      constexpr size_t kMaxWords = 8;
      size_t j = i;
      while (j < w_.size() && j - i < kMaxWords && !agencies::starts_predicate(w_, j) && !sentence_gap(j) &&
             !(j > i && w_.gap_has(j, ",")) && !cat_.mention_at(w_, j))
        ++j;
      if (j > i && j < w_.size() && w_.gap_has(j, ",") && !sentence_gap(j)) {
        i = j;
        return true;
      }
    }
    return false;
  }

  // The agencies an item opens with: "Công an tỉnh", "Đề nghị VKSND tỉnh, TAND tỉnh:",
  // "Giao Công an tỉnh chủ trì", "Chủ tịch UBND cấp xã". Returns where the predicate starts.
  size_t read_subject(Roles& roles) {
    size_t start = 0;
    if (size_t n = assigning_verb(0)) start = w_.key_is(n, "cho") ? n + 1 : n;
    std::vector<Listed> items;
    bool opened = false;
    const size_t end = read_list(start, true, items, &opened);
    if (!opened || items.empty()) return 0;  // no subject: cues are read from the first word
    roles.has_subject = true;
    for (auto& item : items) (item.requested ? roles.requested : roles.lead).push_back(to_role(item.mention));
    return end;
  }

  static RoleAgency to_role(const AgencyMention& m) { return {m.name, m.known()}; }

  static void append(std::vector<RoleAgency>& to, const std::vector<Listed>& items) {
    for (const auto& item : items) to.push_back(to_role(item.mention));
  }

  // A group is never a partner: "phối hợp với các sở, ngành" names nobody.
  static void append_partners(std::vector<RoleAgency>& to, const std::vector<Listed>& items) {
    for (const auto& item : items)
      if (!(item.mention.known() && item.mention.agency->collective())) to.push_back(to_role(item.mention));
  }

  // "chủ trì" or "chịu trách nhiệm chủ trì" at word i: its length, 0 when absent.
  size_t leads_at(size_t i) const {
    if (size_t n = w_.phrase_at(i, "chu tri")) return n;
    return w_.phrase_at(i, "chiu trach nhiem chu tri");
  }

  // One cue at word i; returns the index to continue from.
  size_t read_cue(size_t i, Roles& roles) {
    if (size_t n = labelled_lead(i)) {
      // "Cơ quan chủ trì: Sở Y tế" — a plan's own statement of who leads.
      std::vector<Listed> items;
      const size_t end = read_list(i + n, false, items);
      append(roles.body_lead, items);
      return std::max(end, i + n);
    }
    if (size_t n = w_.phrase_at(i, "phoi hop")) return read_partners(i + n, roles);
    if (size_t v = assigning_verb(i)) {
      const size_t j = w_.key_is(i + v, "cho") ? i + v + 1 : i + v;
      std::vector<Listed> items;
      const size_t end = read_list(j, false, items);
      if (items.empty()) return i + 1;
      append(roles.body_lead, items);
      return end;
    }
    if (size_t n = w_.phrase_at(i, "de nghi")) {
      std::vector<Listed> items;
      const size_t end = read_list(i + n, false, items);
      append(roles.requested, items);
      return std::max(end, i + n);
    }
    if (auto m = cat_.mention_at(w_, i)) {
      if (!clause_start(i)) return m->last_word;
      std::vector<Listed> items;
      const size_t end = read_list(i, false, items);
      // "X chủ trì", and in an assignment note "(Sở Y tế chủ trì, Công an tỉnh phối hợp)".
      if (size_t n = leads_at(end)) {
        append(roles.body_lead, items);
        return end + n;
      }
      const bool noted = w_.in_parentheses(i) || !roles.body_lead.empty();
      if (size_t n = w_.phrase_at(end, "phoi hop"); n && noted && !w_.key_is(end + n, "voi")) {
        append_partners(roles.cooperating, items);
        return end + n;
      }
      return std::max(end, m->last_word);
    }
    return i + 1;
  }

  // "Giao", "Phân công", "Yêu cầu" before the agencies that are to do the work.
  size_t assigning_verb(size_t i) const {
    if (w_.key_is(i, "giao")) return 1;
    if (w_.phrase_at(i, "phan cong") || w_.phrase_at(i, "yeu cau")) return 2;
    return 0;
  }

  // "Cơ quan chủ trì:", "Đơn vị chủ trì thực hiện:", "Chủ trì:", "Đơn vị thực hiện:" — up to the colon.
  size_t labelled_lead(size_t i) const {
    size_t k = i;
    const bool body = w_.phrase_at(k, "co quan") || w_.phrase_at(k, "don vi");
    if (body) k += 2;
    if (w_.phrase_at(k, "chu tri")) k += 2;
    else if (!(body && w_.phrase_at(k, "thuc hien"))) return 0;
    if (w_.phrase_at(k, "thuc hien")) k += 2;
    return k < w_.size() && w_.gap_before(k).find(':') != std::string_view::npos ? k - i : 0;
  }

  // After "phối hợp": "(chặt chẽ) (với|cùng) X, Y và Z". "Phối hợp, hướng dẫn ..." names nobody.
  size_t read_partners(size_t i, Roles& roles) {
    if (w_.phrase_at(i, "thuc hien") && w_.gap_has(i + 2, ":")) i += 2;  // "Đơn vị phối hợp thực hiện: ..."
    if (i >= w_.size()) return i;
    const std::string_view gap = w_.gap_before(i);
    const bool labelled = gap.find(':') != std::string_view::npos && gap.find_first_of(",.;!?\n") == std::string_view::npos;
    if (!labelled && gap.find_first_of(",.;:!?\n") != std::string_view::npos) return i;
    size_t from = i;
    constexpr size_t kModifierWords = 3;  // "phối hợp chặt chẽ với", "phối hợp hành động với"
    for (size_t k = i; k < w_.size() && k <= i + kModifierWords; ++k) {
      if (k > i && w_.gap_has(k, ",.;:!?\n")) break;
      if (w_.key_is(k, "voi") || w_.key_is(k, "cung")) {
        from = k + 1;
        break;
      }
    }
    if (from == i && w_.phrase_at(i, "chat che")) from = i + 2;
    std::vector<Listed> items;
    const size_t end = read_list(from, false, items);
    append_partners(roles.cooperating, items);
    return std::max(end, i);
  }
};

void dedupe(std::vector<RoleAgency>& list, const std::vector<const std::vector<RoleAgency>*>& before) {
  std::vector<RoleAgency> out;
  for (auto& a : list) {
    const auto same = [&](const RoleAgency& b) { return b.name == a.name; };
    if (std::any_of(out.begin(), out.end(), same)) continue;
    if (std::any_of(before.begin(), before.end(), [&](auto* l) { return std::any_of(l->begin(), l->end(), same); })) continue;
    out.push_back(a);
  }
  list = std::move(out);
}

}  // namespace

Roles read_roles(std::string_view text, const AgencyCatalogue& catalogue) {
  const Words words(text);
  Roles roles = RoleReader(words, catalogue).read();
  dedupe(roles.lead, {});
  dedupe(roles.body_lead, {});
  dedupe(roles.requested, {&roles.lead});
  dedupe(roles.cooperating, {&roles.lead, &roles.body_lead, &roles.requested});
  return roles;
}

}  // namespace pcmt::plans
