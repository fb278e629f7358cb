#include "core/plans/outline.hpp"

#include <array>
#include <map>

#include "core/agencies/words.hpp"

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
  return agencies::fold(paragraph.substr(0, folded_prefix.size() + 8)).rfind(folded_prefix, 0) == 0;
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
  return false;
}

std::string segment(const OutlineNode& node, const OutlineNode& parent, int ordinal) {
  const Marker& m = node.marker;
  switch (m.kind) {
    case MarkerKind::dash:
    case MarkerKind::plus:
      return std::to_string(ordinal);
    case MarkerKind::decimal: {
      const Marker& p = parent.marker;
      const bool numbered_parent = p.kind == MarkerKind::arabic || p.kind == MarkerKind::decimal;
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

Outline build_outline(const std::vector<std::string>& paragraphs) {
  Outline outline;
  size_t i = 0;
  while (i < paragraphs.size() && !opens_section(read_marker(paragraphs[i]).kind)) outline.front.push_back(paragraphs[i++]);

  // The open chain, root first. Only the last child of each node is ever open, and children are
  // appended after popping to their parent, so these pointers stay valid.
  std::vector<OutlineNode*> open = {&outline.root};
  for (; i < paragraphs.size(); ++i) {
    const std::string& p = paragraphs[i];
    if (is_signature(p) || is_closing(p)) break;
    const Marker marker = read_marker(p);
    if (marker.kind == MarkerKind::none) {
      open.back()->body.push_back(p);
    } else {
      for (size_t level = open.size() - 1; level >= 1; --level) {
        if (same_level(open[level]->marker, marker)) {
          open.resize(level);
          break;
        }
      }
      OutlineNode node;
      node.marker = marker;
      node.heading = p.substr(marker.size);
      open.back()->children.push_back(std::move(node));
      open.push_back(&open.back()->children.back());
    }
    // "./." closes the text of an official document.
    if (p.find("./.") != std::string::npos) {
      ++i;
      break;
    }
  }
  for (; i < paragraphs.size(); ++i) outline.back.push_back(paragraphs[i]);
  assign_refs(outline.root);
  return outline;
}

}  // namespace pcmt::plans
