#include "report/docx_document.hpp"

#include <zip.h>

#include <memory>
#include <sstream>
#include <stdexcept>

namespace pcmt::report {
namespace {

constexpr const char* kMainNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
    R"(</Types>)";

constexpr const char* kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
    R"(</Relationships>)";

constexpr const char* kDocumentRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

// Times New Roman 13 pt (26 half-points) for every run, 6 pt after each paragraph.
constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>)"
    R"(<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>)"
    R"(<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>)"
    R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>)"
    R"(<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>)"
    R"(<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>)"
    R"(<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>)"
    R"(<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>)"
    R"(</w:tblBorders></w:tblPr></w:style>)"
    R"(</w:styles>)";

const char* align_value(DocxDocument::Align a) {
  switch (a) {
    case DocxDocument::Align::left: return "left";
    case DocxDocument::Align::center: return "center";
    case DocxDocument::Align::both: return "both";
  }
  return "left";
}

// Text with line breaks becomes runs separated by <w:br/>; spaces at the ends are kept.
void add_text(pugi::xml_node run, const std::string& text) {
  size_t start = 0;
  while (true) {
    const size_t nl = text.find('\n', start);
    auto t = run.append_child("w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text().set(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start).c_str());
    if (nl == std::string::npos) break;
    run.append_child("w:br");
    start = nl + 1;
  }
}

void add_run(pugi::xml_node p, const DocxDocument::Run& r) {
  auto run = p.append_child("w:r");
  if (r.bold || r.italic) {
    auto rpr = run.append_child("w:rPr");
    if (r.bold) rpr.append_child("w:b");
    if (r.italic) rpr.append_child("w:i");
  }
  add_text(run, r.text);
}

struct XmlString : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override { out.append(static_cast<const char*>(data), size); }
};

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};

}  // namespace

// The XML declaration is written once, by save(): a declaration node here would be written too
// (format_no_declaration only suppresses pugixml's own), and two declarations make Word refuse the file.
DocxDocument::DocxDocument(bool landscape) : landscape_(landscape) {
  auto root = doc_.append_child("w:document");
  root.append_attribute("xmlns:w") = kMainNs;
  body_ = root.append_child("w:body");
}

void DocxDocument::paragraph(const std::vector<Run>& runs, Align align) {
  auto p = body_.append_child("w:p");
  p.append_child("w:pPr").append_child("w:jc").append_attribute("w:val") = align_value(align);
  for (const auto& r : runs) add_run(p, r);
}

void DocxDocument::paragraph(const std::string& text, bool bold, Align align) {
  paragraph(std::vector<Run>{{text, bold, false}}, align);
}

pugi::xml_node DocxDocument::cell_paragraph(pugi::xml_node cell, const std::string& text, bool bold) {
  auto p = cell.append_child("w:p");
  auto ppr = p.append_child("w:pPr");
  auto spacing = ppr.append_child("w:spacing");
  spacing.append_attribute("w:after") = "0";
  add_run(p, {text, bold, false});
  return p;
}

void DocxDocument::table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                         const std::vector<int>& widths) {
  auto tbl = body_.append_child("w:tbl");
  auto pr = tbl.append_child("w:tblPr");
  pr.append_child("w:tblStyle").append_attribute("w:val") = "TableGrid";
  auto w = pr.append_child("w:tblW");
  w.append_attribute("w:w") = "0";
  w.append_attribute("w:type") = "auto";
  auto grid = tbl.append_child("w:tblGrid");
  for (int width : widths) grid.append_child("w:gridCol").append_attribute("w:w") = width;
  auto add_row = [&](const std::vector<std::string>& cells, bool is_header) {
    auto tr = tbl.append_child("w:tr");
    if (is_header) tr.append_child("w:trPr").append_child("w:tblHeader");
    for (size_t i = 0; i < cells.size(); ++i) {
      auto tc = tr.append_child("w:tc");
      auto tcw = tc.append_child("w:tcPr").append_child("w:tcW");
      tcw.append_attribute("w:w") = i < widths.size() ? widths[i] : 1000;
      tcw.append_attribute("w:type") = "dxa";
      cell_paragraph(tc, cells[i], is_header);
    }
  };
  add_row(header, true);
  for (const auto& r : rows) add_row(r, false);
  body_.append_child("w:p");  // Word needs a paragraph between a table and what follows
}

std::string DocxDocument::bytes() const {
  // The section properties close the body: page size and margins (2 cm, 3 cm on the binding side).
  pugi::xml_document doc;
  doc.reset(doc_);
  auto body = doc.child("w:document").child("w:body");
  auto sect = body.append_child("w:sectPr");
  auto size = sect.append_child("w:pgSz");
  size.append_attribute("w:w") = landscape_ ? 16838 : 11906;
  size.append_attribute("w:h") = landscape_ ? 11906 : 16838;
  if (landscape_) size.append_attribute("w:orient") = "landscape";
  auto margin = sect.append_child("w:pgMar");
  for (const char* side : {"w:top", "w:bottom", "w:right"}) margin.append_attribute(side) = 1134;
  margin.append_attribute("w:left") = 1701;
  margin.append_attribute("w:header") = 720;
  margin.append_attribute("w:footer") = 720;
  margin.append_attribute("w:gutter") = 0;
  XmlString xml;
  doc.save(xml, "", pugi::format_raw | pugi::format_no_declaration);
  const std::string document = std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + xml.out;

  const std::vector<std::pair<const char*, std::string>> parts{{"[Content_Types].xml", kContentTypes},
                                                               {"_rels/.rels", kRootRels},
                                                               {"word/_rels/document.xml.rels", kDocumentRels},
                                                               {"word/styles.xml", kStyles},
                                                               {"word/document.xml", document}};
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) throw std::runtime_error("docx: cannot create a zip buffer");
  zip_source_keep(buffer);  // read back after zip_close
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> source(buffer, zip_source_free);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("docx: cannot open the zip buffer");
  std::unique_ptr<zip_t, ZipCloser> guard(archive);
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(archive, data.data(), data.size(), 0);
    if (!s || zip_file_add(archive, name, s, ZIP_FL_ENC_UTF_8) < 0) {
      if (s) zip_source_free(s);
      throw std::runtime_error("docx: cannot add " + std::string(name));
    }
  }
  zip_t* writing = guard.release();
  if (zip_close(writing) != 0) {
    zip_discard(writing);
    throw std::runtime_error("docx: cannot write the zip");
  }

  if (zip_source_open(buffer) != 0) throw std::runtime_error("docx: cannot read the zip back");
  zip_source_seek(buffer, 0, SEEK_END);
  const zip_int64_t size_bytes = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string out(static_cast<size_t>(size_bytes), '\0');
  const zip_int64_t read = zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size_bytes));
  zip_source_close(buffer);
  if (read != size_bytes) throw std::runtime_error("docx: short read of the zip");
  return out;
}

}  // namespace pcmt::report
