#include "report/xlsx_reader.hpp"

#include "core/files/file_limits.hpp"
#include "core/files/untrusted_xml.hpp"
#include "core/files/zip_archive.hpp"

#include <pugixml.hpp>

#include <cstdlib>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace pcmt::report {
namespace {

// A 100,000-row list is about 40 MiB of sheet XML and 10 MiB of shared strings.
constexpr files::ZipLimits kWorkbookLimits{.max_entries = 10'000, .max_expanded = size_t{192} << 20};
constexpr size_t kMaxPartXml = size_t{128} << 20;
// Cells may repeat one shared string: the text they add up to is bounded apart from the parts.
constexpr size_t kMaxCellText = size_t{256} << 20;

class Workbook {
 public:
  explicit Workbook(std::string_view bytes) {
    auto zip = files::ZipArchive::open(bytes, kWorkbookLimits);
    if (!zip) throw std::invalid_argument("the file is not an XLSX workbook (not a zip archive)");
    zip_.emplace(std::move(*zip));
  }

  bool has(const std::string& name) const { return zip_->contains(name); }

  pugi::xml_document xml(const std::string& name) {
    auto bytes = zip_->entry(name, kMaxPartXml);
    if (!bytes) throw std::invalid_argument("the workbook has no " + name);
    pugi::xml_document doc;
    if (!files::load_untrusted_xml(doc, *bytes)) throw std::invalid_argument("unreadable XML in " + name);
    return doc;
  }

 private:
  std::optional<files::ZipArchive> zip_;
};

// Element names may carry a namespace prefix ("x:row"); compare the local part.
bool is(const pugi::xml_node& n, std::string_view local) {
  std::string_view name = n.name();
  if (auto colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
  return name == local;
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view local) {
  for (auto c : n.children())
    if (is(c, local)) return c;
  return {};
}

// All the text of <t> elements below `n` (rich text runs are concatenated). Recursive:
// load_untrusted_xml bounds the depth.
std::string text_of(const pugi::xml_node& n) {
  std::string out;
  for (auto c : n.children()) {
    if (is(c, "t"))
      out += c.text().get();
    else if (!is(c, "rPh"))  // phonetic runs are not part of the value
      out += text_of(c);
  }
  return out;
}

std::string first_sheet_path(Workbook& wb) {
  auto book = wb.xml("xl/workbook.xml");
  auto sheets = child(child(book, "workbook"), "sheets");
  auto first = child(sheets, "sheet");
  if (!first) throw std::invalid_argument("the workbook has no worksheet");
  std::string rid;
  for (auto a : first.attributes())
    if (std::string_view(a.name()).ends_with(":id")) rid = a.value();
  auto rels = wb.xml("xl/_rels/workbook.xml.rels");
  for (auto rel : child(rels, "Relationships").children()) {
    if (!is(rel, "Relationship") || rid != rel.attribute("Id").value()) continue;
    std::string target = rel.attribute("Target").value();
    if (target.starts_with("/")) return target.substr(1);
    return "xl/" + target;
  }
  return "xl/worksheets/sheet1.xml";
}

// "BC12" → 54 (0-based column of the reference).
int column_of(std::string_view ref) {
  int col = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) col = col * 26 + (ref[i] - 'A' + 1);
  return i == 0 ? -1 : col - 1;
}

}  // namespace

std::vector<text::CsvRecord> read_xlsx_rows(std::string_view bytes) {
  Workbook wb(bytes);
  std::vector<std::string> shared;
  if (wb.has("xl/sharedStrings.xml")) {
    auto doc = wb.xml("xl/sharedStrings.xml");
    for (auto si : child(doc, "sst").children())
      if (is(si, "si")) shared.push_back(text_of(si));
  }
  auto sheet = wb.xml(first_sheet_path(wb));
  std::vector<text::CsvRecord> rows;
  size_t cells = 0, text_bytes = 0;
  int next_row = 1;
  for (auto row : child(child(sheet, "worksheet"), "sheetData").children()) {
    if (!is(row, "row")) continue;
    text::CsvRecord rec{row.attribute("r").as_int(next_row), {}};
    next_row = rec.line + 1;
    int next_col = 0;
    for (auto c : row.children()) {
      if (!is(c, "c")) continue;
      int col = column_of(c.attribute("r").value());
      if (col < 0) col = next_col;
      next_col = col + 1;
      if (col > 16383) throw std::invalid_argument("cell reference out of range");
      const std::string type = c.attribute("t").value();
      const std::string v = child(c, "v").text().get();
      std::string value;
      if (type == "s") {
        const size_t i = static_cast<size_t>(std::strtoul(v.c_str(), nullptr, 10));
        if (i >= shared.size()) throw std::invalid_argument("shared string index out of range");
        value = shared[i];
      } else if (type == "inlineStr") {
        value = text_of(child(c, "is"));
      } else if (type == "b") {
        value = v == "1" ? "TRUE" : "FALSE";
      } else {
        value = v;  // numbers, formula results (str), ISO dates (d)
      }
      text_bytes += value.size();
      if (text_bytes > kMaxCellText) throw files::too_large();
      if (rec.fields.size() <= static_cast<size_t>(col)) rec.fields.resize(static_cast<size_t>(col) + 1);
      rec.fields[static_cast<size_t>(col)] = std::move(value);
    }
    cells += rec.fields.size();
    if (cells > files::kMaxTableCells) throw files::too_large();
    rows.push_back(std::move(rec));
  }
  return rows;
}

}  // namespace pcmt::report
