#include "core/files/untrusted_xml.hpp"

#include "core/files/file_limits.hpp"

namespace pcmt::files {
namespace {

// Depth of the deepest element, walked without recursion (down, across, back up).
int depth_of(const pugi::xml_node& root) {
  int depth = 0, deepest = 0;
  pugi::xml_node n = root.first_child();
  while (n) {
    if (n.first_child()) {
      n = n.first_child();
      if (++depth > deepest) deepest = depth;
      if (deepest > kMaxXmlDepth) return deepest;
      continue;
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
      --depth;
      if (n == root) return deepest;
    }
    if (n) n = n.next_sibling();
  }
  return deepest;
}

}  // namespace

bool load_untrusted_xml(pugi::xml_document& doc, std::string_view xml) {
  if (!doc.load_buffer(xml.data(), xml.size())) return false;
  if (depth_of(doc) > kMaxXmlDepth) throw too_complex();
  return true;
}

}  // namespace pcmt::files
