#include "core/plans/outline.hpp"

#include <array>
#include <map>
#include <optional>

#include "core/text/words.hpp"

namespace pcmt::plans {
namespace {

// Kinds that open the body of a plan; a "-" or "a)" before the first of them is preamble.
bool opens_section(MarkerKind k) {
  switch (k) {
    case MarkerKind::part:
    case MarkerKind::chapter:
    case MarkerKind::section:
    case MarkerKind::article:
    case MarkerKind::roman:
    case MarkerKind::upper_letter:
    case MarkerKind::arabic:
    case MarkerKind::decimal:
      return true;
    default:
      return false;
  }
}

bool same_level(const Marker& a, const Marker& b) {
  return a.kind == b.kind && (a.kind != MarkerKind::decimal || a.depth == b.depth);
}

bool starts_with_folded(const std::string& paragraph, std::string_view folded_prefix) {
  return text::fold(paragraph.substr(0, folded_prefix.size() + 8)).rfind(folded_prefix, 0) == 0;
}

// Signature block and distribution list: "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH".
bool is_signature(const std::string& p) {
  if (starts_with_folded(p, "noi nhan")) return true;
  for (std::string_view s : {"TM.", "KT.", "TL.", "TUQ.", "T/M", "Q. "})
    if (p.rfind(s, 0) == 0) return true;
  return false;
}

// "Trên đây là Kế hoạch...", "Yêu cầu các sở... nghiêm túc./.": the closing words, not a task.
bool is_closing(const std::string& p) {
  if (read_marker(p).kind != MarkerKind::none) return false;
  if (starts_with_folded(p, "tren day")) return true;
  if (p.find("./.") == std::string::npos) return false;
  for (std::string_view opener : {"yeu cau", "de nghi", "qua trinh", "trong qua trinh", "nhan duoc", "uy ban nhan dan tinh yeu cau"})
    if (starts_with_folded(p, opener)) return true;
  // "Nghị quyết này có hiệu lực từ ngày ...", "Quyết định này có hiệu lực kể từ ngày ký./."
  return text::fold(p).find("co hieu luc") != std::string::npos;
}

std::string segment(const OutlineNode& node, const OutlineNode& parent, int ordinal) {
  const Marker& m = node.marker;
  switch (m.kind) {
    case MarkerKind::dash:
    case MarkerKind::plus:
      return std::to_string(ordinal);
    case MarkerKind::decimal: {
      const Marker& p = parent.marker;
      const bool numbered_parent =
          p.kind == MarkerKind::arabic || p.kind == MarkerKind::decimal || p.kind == MarkerKind::paren_arabic;
      if (numbered_parent && m.label.rfind(p.label + ".", 0) == 0) return m.label.substr(p.label.size() + 1);
      return m.label;
    }
    default:
      return m.label;
  }
}

void assign_refs(OutlineNode& node) {
  std::map<MarkerKind, int> ordinals;
  std::map<std::string, int> seen;
  for (auto& child : node.children) {
    const int ordinal = ++ordinals[child.marker.kind];
    std::string ref = node.ref;
    if (!ref.empty()) ref += '.';
    ref += segment(child, node, ordinal);
    // Numbering slips ("d)" twice) must not give two tasks one reference.
    if (const int n = ++seen[ref]; n > 1) {
      ref += '(';
      ref += std::to_string(n);
      ref += ')';
    }
    child.ref = ref;
    assign_refs(child);
  }
}

}  // namespace

std::string OutlineNode::own_text() const {
  std::string text = heading;
  for (const auto& p : body) {
    if (!text.empty()) text += '\n';
    text += p;
  }
  return text;
}

namespace {

// "PHỤ LỤC", "Phụ lục II", "PHỤ LỤC 01: DANH MỤC NHIỆM VỤ".
std::optional<Marker> appendix_marker(const std::string& p) {
  if (p.size() > 300 || !starts_with_folded(p, "phu luc")) return std::nullopt;
  const text::Words w(p);
  std::string label = "PL";
  if (w.size() > 2 && (w[2].digits || (w[2].upper && w[2].key.find_first_not_of("ivxl") == std::string::npos)))
    label += std::string(w.span(2, 3));
  return Marker{MarkerKind::part, label, 0, 0};
}

// A second document after the signature: its kind in capitals, then numbered sections.
bool opens_attached_document(const std::vector<std::string>& ps, size_t i) {
  const std::string f = text::fold(ps[i]);
  if (f != "ke hoach" && f != "chuong trinh" && f != "de an" && f != "quy che") return false;
  constexpr size_t kReach = 12;
  for (size_t k = i + 1; k < ps.size() && k <= i + kReach; ++k)
    if (opens_section(read_marker(ps[k]).kind)) return true;
  return false;
}

// Adds paragraphs to the tree. Only the last child of each open node is ever open, and children
// are appended after popping to their parent, so the pointers in `open` stay valid.
class TreeBuilder {
 public:
  explicit TreeBuilder(OutlineNode& root) : open_{&root} {}

  void add(const std::string& p, std::optional<Marker> forced = std::nullopt) {
    const Marker marker = forced ? *forced : read_marker(p);
    if (marker.kind == MarkerKind::none) {
      open_.back()->body.push_back(p);
      return;
    }
    for (size_t level = open_.size() - 1; level >= 1; --level) {
      if (same_level(open_[level]->marker, marker)) {
        open_.resize(level);
        break;
      }
    }
    OutlineNode node;
    node.marker = marker;
    node.heading = p.substr(marker.size);
    open_.back()->children.push_back(std::move(node));
    open_.push_back(&open_.back()->children.back());
  }

 private:
  std::vector<OutlineNode*> open_;
};

}  // namespace

Outline build_outline(const std::vector<std::string>& paragraphs) {
  Outline outline;
  size_t i = 0;
  while (i < paragraphs.size() && !opens_section(read_marker(paragraphs[i]).kind)) outline.front.push_back(paragraphs[i++]);

  TreeBuilder tree(outline.root);
  for (; i < paragraphs.size(); ++i) {
    const std::string& p = paragraphs[i];
    if (is_signature(p) || is_closing(p) || appendix_marker(p)) break;
    tree.add(p);
    // "./." closes the text of an official document.
    if (p.find("./.") != std::string::npos) {
      ++i;
      break;
    }
  }
  // After the signature: the distribution list, then perhaps appendices or an attached document.
  for (; i < paragraphs.size(); ++i) {
    if (opens_attached_document(paragraphs, i)) {
      outline.attached.push_back(build_outline({paragraphs.begin() + static_cast<long>(i), paragraphs.end()}));
      break;
    }
    if (auto marker = appendix_marker(paragraphs[i])) {
      tree = TreeBuilder(outline.root);
      tree.add(paragraphs[i], *marker);
      for (++i; i < paragraphs.size(); ++i) {
        if (auto next = appendix_marker(paragraphs[i])) tree.add(paragraphs[i], *next);
        else if (!is_signature(paragraphs[i])) tree.add(paragraphs[i]);
      }
      break;
    }
    outline.back.push_back(paragraphs[i]);
  }
  assign_refs(outline.root);
  return outline;
}

}  // namespace pcmt::plans
