#pragma once
// Helpers for the plan-parser tests: documents built in the test (a zip or .docx made with libzip, a
// one-page PDF written by hand), fixtures read from the source tree, and small accessors.
#include <zip.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#ifndef PCMT_SOURCE_DIR
#error "unit_tests needs PCMT_SOURCE_DIR (CMakeLists.txt)"
#endif

namespace plan_test {

inline std::string read_file(const std::string& relative) {
  const std::string path = std::string(PCMT_SOURCE_DIR) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("missing " + path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A zip archive in memory holding `entries` (name, bytes), deflated.
inline std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &error);
  if (!z) throw std::runtime_error("zip_open_from_source");
  zip_source_keep(src);
  for (const auto& [name, data] : entries) {
    zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
    if (zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE) < 0) throw std::runtime_error("zip_file_add");
  }
  if (zip_close(z) < 0) throw std::runtime_error("zip_close");
  zip_stat_t st;
  zip_source_open(src);
  zip_source_stat(src, &st);
  std::string bytes(st.size, '\0');
  zip_source_read(src, bytes.data(), st.size);
  zip_source_close(src);
  zip_source_free(src);
  zip_error_fini(&error);
  return bytes;
}

// A .docx in memory: word/document.xml wrapping `body_xml` (w:p / w:tbl elements), and
// word/numbering.xml and word/styles.xml when given.
inline std::string make_docx(const std::string& body_xml, const std::string& numbering_xml = "",
                             const std::string& styles_xml = "") {
  const std::string document =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
      body_xml + "</w:body></w:document>";
  std::vector<std::pair<std::string, std::string>> entries = {
      {"[Content_Types].xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"},
      {"word/document.xml", document}};
  if (!numbering_xml.empty()) entries.emplace_back("word/numbering.xml", numbering_xml);
  if (!styles_xml.empty()) entries.emplace_back("word/styles.xml", styles_xml);
  return make_zip(entries);
}

inline std::string docx_paragraph(const std::string& text, int num_id = 0, int level = 0) {
  std::string p = "<w:p>";
  if (num_id) {
    p += "<w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
         std::to_string(num_id) + "\"/></w:numPr></w:pPr>";
  }
  return p + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// A one-page PDF showing ASCII lines in Helvetica (a text layer poppler can read back).
inline std::string make_pdf(const std::vector<std::string>& lines) {
  std::string content = "BT /F1 11 Tf 40 800 Td 14 TL\n";
  for (const auto& l : lines) content += "(" + l + ") Tj T*\n";
  content += "ET\n";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    pdf += buf;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// Paragraphs joined with newlines, the way a .txt plan arrives.
inline std::string lines(const std::vector<std::string>& ls) {
  std::string out;
  for (const auto& l : ls) out += l + "\n";
  return out;
}

}  // namespace plan_test
