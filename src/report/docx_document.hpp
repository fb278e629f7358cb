#pragma once
// A minimal WordprocessingML (.docx) package: paragraphs and tables, written with pugixml and
// zipped with libzip in memory. Enough for an official-looking report that Word and LibreOffice
// open; no images, no numbering definitions.
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace pcmt::report {

class DocxDocument {
 public:
  enum class Align { left, center, both };
  struct Run {
    std::string text;
    bool bold = false, italic = false;
  };

  // Times New Roman 13 pt on A4, as Vietnamese administrative documents are set (Nghị định
  // 30/2020/NĐ-CP, Phụ lục I); landscape leaves room for a wide table.
  explicit DocxDocument(bool landscape = true);

  void paragraph(const std::vector<Run>& runs, Align align = Align::both);
  void paragraph(const std::string& text, bool bold = false, Align align = Align::both);
  // A bordered table; the header row repeats on every page. Widths in twentieths of a point.
  void table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
             const std::vector<int>& widths);

  // The .docx bytes. Throws std::runtime_error when libzip fails.
  std::string bytes() const;

 private:
  pugi::xml_node cell_paragraph(pugi::xml_node cell, const std::string& text, bool bold);
  pugi::xml_document doc_;
  pugi::xml_node body_;
  bool landscape_;
};

inline constexpr const char* kDocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

}  // namespace pcmt::report
