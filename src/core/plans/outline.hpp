#pragma once
// The section tree of a plan, whatever its numbering: each marked paragraph ("II.", "1.", "2.1.",
// "a)", "-", "+", "Điều 1.") opens a node; an unmarked paragraph belongs to the node above it.
// A marker of a kind already open closes that node and its children (a sibling); a new kind
// opens a child, so any nesting order works ("1." under "a)" as well as "a)" under "1.").
#include <string>
#include <vector>

#include "core/plans/marker.hpp"

namespace pcmt::plans {

struct OutlineNode {
  Marker marker;
  std::string ref;                // "II.5.a", "III.1.c.2" (second "-" item of c)
  std::string heading;            // the marked paragraph without its marker
  std::vector<std::string> body;  // unmarked paragraphs that follow it
  std::vector<OutlineNode> children;

  bool leaf() const { return children.empty(); }
  // Heading and body, one paragraph per line.
  std::string own_text() const;
};

struct Outline {
  std::vector<std::string> front;  // paragraphs before the first section: header and preamble
  OutlineNode root;                // its children are the top-level sections; appendices
                                   // ("PHỤ LỤC", after the signature) come last, ref "PL..."
  std::vector<std::string> back;   // closing paragraphs, signature and "Nơi nhận"
  // A document issued with this one, after its signature: the plan a decision ("QUYẾT ĐỊNH ...
  // Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ...") carries.
  std::vector<Outline> attached;
};

Outline build_outline(const std::vector<std::string>& paragraphs);

}  // namespace pcmt::plans
