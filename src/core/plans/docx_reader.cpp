// .docx: a zip holding word/document.xml (and word/numbering.xml for automatic numbering).
// Plans are usually numbered by Word itself ("I.", "1.", "a)" generated from numbering.xml and
// absent from the text), so the labels are rendered here as Word would draw them.
#include <pugixml.hpp>

#include <map>
#include <memory>
#include <optional>

#include "core/files/untrusted_xml.hpp"
#include "core/files/zip_archive.hpp"
#include "core/plans/document_text.hpp"
#include "core/plans/plan_error.hpp"

namespace pcmt::plans {
namespace {

// The text of a long plan is a few MiB of XML; its numbering and styles far less.
constexpr size_t kMaxDocumentXml = size_t{32} << 20;
constexpr size_t kMaxSideXml = size_t{8} << 20;

// Opens the archive or says, in the plan's terms, why not.
files::ZipArchive open_docx(std::string_view bytes) {
  auto zip = files::ZipArchive::open(bytes);
  if (!zip) throw PlanError(kUnreadable, "Tệp .docx bị hỏng, không giải nén được");
  return std::move(*zip);
}

// One level of a numbering definition: <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>
struct Level {
  int start = 1;
  std::string format = "decimal";
  std::string text = "%1.";
};

class Numbering {
 public:
  explicit Numbering(const std::optional<std::string>& xml) {
    if (!xml || !files::load_untrusted_xml(doc_, *xml)) return;
    const auto root = doc_.child("w:numbering");
    std::map<std::string, std::map<int, Level>> abstracts;
    for (auto a : root.children("w:abstractNum")) {
      auto& levels = abstracts[a.attribute("w:abstractNumId").value()];
      for (auto l : a.children("w:lvl")) {
        Level level;
        if (auto s = l.child("w:start")) level.start = s.attribute("w:val").as_int(1);
        if (auto f = l.child("w:numFmt")) level.format = f.attribute("w:val").value();
        if (auto t = l.child("w:lvlText")) level.text = t.attribute("w:val").value();
        // Word numbers nine levels, 0-8; more would make each label's bookkeeping grow with the file.
        const int ilvl = l.attribute("w:ilvl").as_int();
        if (ilvl >= 0 && ilvl <= 8) levels[ilvl] = level;
      }
    }
    for (auto n : root.children("w:num")) {
      const std::string id = n.attribute("w:numId").value();
      auto it = abstracts.find(n.child("w:abstractNumId").attribute("w:val").value());
      if (it != abstracts.end()) levels_[id] = it->second;
    }
  }

  // The label Word draws for the next paragraph of list `num_id` at `level`, "" when none.
  std::string next_label(const std::string& num_id, int level) {
    auto it = levels_.find(num_id);
    if (it == levels_.end() || num_id == "0") return {};
    auto& counters = counters_[num_id];
    const auto& levels = it->second;
    const auto lvl = levels.find(level);
    if (lvl == levels.end()) return {};
    counters[level] = counters.count(level) ? counters[level] + 1 : lvl->second.start;
    for (auto c = counters.begin(); c != counters.end();) c = c->first > level ? counters.erase(c) : std::next(c);
    if (lvl->second.format == "bullet") return "-";
    if (lvl->second.format == "none") return {};
    std::string label;
    const std::string& pattern = lvl->second.text;
    for (size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
        const int l = pattern[i + 1] - '1';
        const auto fmt = levels.find(l);
        const int value = counters.count(l) ? counters[l] : (fmt != levels.end() ? fmt->second.start : 1);
        label += format(value, fmt != levels.end() ? fmt->second.format : "decimal");
        ++i;
      } else {
        label += pattern[i];
      }
    }
    return label;
  }

 private:
  static std::string format(int v, const std::string& fmt) {
    // Roman numerals end at 3999 (and a hostile start value would make a label megabytes long).
    if ((fmt == "upperRoman" || fmt == "lowerRoman") && v >= 1 && v <= 3999) {
      static const std::pair<int, const char*> kRoman[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                           {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                                                           {5, "V"},    {4, "IV"},   {1, "I"}};
      std::string r;
      for (const auto& [n, s] : kRoman)
        while (v >= n) {
          r += s;
          v -= n;
        }
      if (fmt == "lowerRoman")
        for (auto& c : r) c = static_cast<char>(c - 'A' + 'a');
      return r;
    }
    if ((fmt == "lowerLetter" || fmt == "upperLetter") && v >= 1) {
      std::string r(1, static_cast<char>((fmt == "lowerLetter" ? 'a' : 'A') + (v - 1) % 26));
      return r;
    }
    return std::to_string(v);
  }

  pugi::xml_document doc_;
  std::map<std::string, std::map<int, Level>> levels_;
  std::map<std::string, std::map<int, int>> counters_;
};

// The visible text of a paragraph: runs, tabs and breaks; deleted text and field codes skipped.
// Recursive, as BodyReader::block is: load_untrusted_xml bounds the depth.
void collect_text(pugi::xml_node node, std::string& out) {
  for (auto child : node.children()) {
    const std::string_view name = child.name();
    if (name == "w:t") out += child.text().get();
    else if (name == "w:tab") out += ' ';
    else if (name == "w:br" || name == "w:cr") out += '\n';
    else if (name == "w:noBreakHyphen") out += '-';
    else if (name == "w:delText" || name == "w:instrText" || name == "w:pPr" || name == "w:rPr") continue;
    else collect_text(child, out);
  }
}

// Numbering that comes with a paragraph style ("Heading 2" numbered "1.", "2.", ...): styleId →
// (numId, level), following "basedOn" to the style that defines it.
class StyleNumbering {
 public:
  explicit StyleNumbering(const std::optional<std::string>& xml) {
    if (!xml || !files::load_untrusted_xml(doc_, *xml)) return;
    for (auto s : doc_.child("w:styles").children("w:style")) {
      Entry e;
      e.based_on = s.child("w:basedOn").attribute("w:val").value();
      if (auto num = s.child("w:pPr").child("w:numPr")) {
        e.num_id = num.child("w:numId").attribute("w:val").value();
        e.level = num.child("w:ilvl").attribute("w:val").as_int(0);
      }
      styles_[s.attribute("w:styleId").value()] = e;
    }
  }

  std::optional<std::pair<std::string, int>> of(const std::string& style) const {
    std::string id = style;
    for (int depth = 0; depth < 8 && !id.empty(); ++depth) {
      const auto it = styles_.find(id);
      if (it == styles_.end()) break;
      if (!it->second.num_id.empty()) return std::make_pair(it->second.num_id, it->second.level);
      id = it->second.based_on;
    }
    return std::nullopt;
  }

 private:
  struct Entry {
    std::string based_on, num_id;
    int level = 0;
  };
  pugi::xml_document doc_;
  std::map<std::string, Entry> styles_;
};

class BodyReader {
 public:
  BodyReader(Numbering& numbering, const StyleNumbering& styles) : numbering_(numbering), styles_(styles) {}

  void block(pugi::xml_node node, std::vector<std::string>& out) {
    for (auto child : node.children()) {
      const std::string_view name = child.name();
      if (name == "w:p") out.push_back(paragraph(child));
      else if (name == "w:tbl") table(child, out);
      else if (name == "w:sdt") block(child.child("w:sdtContent"), out);
    }
  }

 private:
  Numbering& numbering_;
  const StyleNumbering& styles_;

  std::string paragraph(pugi::xml_node p) {
    std::string text;
    const auto ppr = p.child("w:pPr");
    std::optional<std::pair<std::string, int>> num = styles_.of(ppr.child("w:pStyle").attribute("w:val").value());
    if (const auto direct = ppr.child("w:numPr")) {
      const auto id = direct.child("w:numId");
      num = std::make_pair(id ? std::string(id.attribute("w:val").value()) : (num ? num->first : std::string()),
                           direct.child("w:ilvl").attribute("w:val").as_int(num ? num->second : 0));
    }
    if (num) {
      const std::string label = numbering_.next_label(num->first, num->second);
      if (!label.empty()) text = label + " ";
    }
    collect_text(p, text);
    return text;
  }

  // A table row is one line, cells separated by " | " (clean_paragraphs splits them again).
  void table(pugi::xml_node tbl, std::vector<std::string>& out) {
    for (auto row : tbl.children("w:tr")) {
      std::string line;
      for (auto cell : row.children("w:tc")) {
        std::vector<std::string> parts;
        block(cell, parts);
        std::string cell_text;
        for (const auto& p : parts) {
          if (!cell_text.empty() && !p.empty()) cell_text += ' ';
          cell_text += p;
        }
        line += cell_text + " | ";
      }
      out.push_back(line);
    }
  }
};

}  // namespace

std::vector<std::string> docx_paragraphs(std::string_view bytes) {
  files::ZipArchive zip = open_docx(bytes);
  const std::optional<std::string> document = zip.entry("word/document.xml", kMaxDocumentXml);
  if (!document) throw PlanError(kUnsupportedFormat, "Tệp nén không phải tài liệu Word (.docx): thiếu word/document.xml");
  pugi::xml_document xml;
  if (!files::load_untrusted_xml(xml, *document))
    throw PlanError(kUnreadable, "Nội dung tài liệu Word (.docx) bị hỏng");
  Numbering numbering(zip.entry("word/numbering.xml", kMaxSideXml));
  const StyleNumbering styles(zip.entry("word/styles.xml", kMaxSideXml));
  std::vector<std::string> out;
  BodyReader(numbering, styles).block(xml.child("w:document").child("w:body"), out);
  return out;
}

}  // namespace pcmt::plans
