#pragma once
// Parsing an XML part of an uploaded file with pugixml. pugixml itself parses and frees without
// recursion, but our readers walk the tree recursively, so a part nesting deeper than kMaxXmlDepth
// is refused (FileLimitError). The tree costs up to ~18× the text: the part's size is bounded where
// it is taken from its archive (ZipArchive::entry).
#include <pugixml.hpp>

#include <string_view>

namespace pcmt::files {

// false when the part is not well-formed XML.
bool load_untrusted_xml(pugi::xml_document& doc, std::string_view xml);

}  // namespace pcmt::files
