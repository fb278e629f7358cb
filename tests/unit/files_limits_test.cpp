// The bounds of the readers of uploaded files: zip entries and expansion, XML depth, CSV cells.
#include <gtest/gtest.h>

#include <functional>

#include "core/files/file_limits.hpp"
#include "core/files/untrusted_xml.hpp"
#include "core/files/zip_archive.hpp"
#include "core/plans/document_text.hpp"
#include "core/text/csv.hpp"
#include "plan_test_support.hpp"

using pcmt::files::FileLimitError;
using pcmt::files::ZipArchive;

namespace {

std::string code_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const FileLimitError& e) {
    return e.code();
  }
  return "";
}

std::string nested(const std::string& open, const std::string& close, int depth) {
  std::string s;
  for (int i = 0; i < depth; ++i) s += open;
  for (int i = 0; i < depth; ++i) s += close;
  return s;
}

}  // namespace

TEST(ZipLimits, AnEntryIsReadUpToItsCapAndNoFurther) {
  const std::string bytes = plan_test::make_zip({{"a", std::string(1000, 'a')}});
  auto zip = ZipArchive::open(bytes);
  ASSERT_TRUE(zip);
  EXPECT_EQ(zip->entry("a", 1000)->size(), 1000u);
  EXPECT_EQ(code_of([&] { ZipArchive::open(bytes)->entry("a", 999); }), "file.too_large");
  EXPECT_FALSE(zip->entry("absent", 1000));
}

TEST(ZipLimits, TheArchiveAsAWholeHasABudget) {
  const std::string bytes = plan_test::make_zip({{"a", std::string(600, 'a')}, {"b", std::string(600, 'b')}});
  auto zip = ZipArchive::open(bytes, {.max_entries = 10, .max_expanded = 1000});
  ASSERT_TRUE(zip);
  EXPECT_EQ(zip->entry("a", 1000)->size(), 600u);
  EXPECT_EQ(code_of([&] { zip->entry("b", 1000); }), "file.too_large");
}

TEST(ZipLimits, TooManyEntriesAreRefusedOnOpening) {
  std::vector<std::pair<std::string, std::string>> entries;
  for (int i = 0; i < 11; ++i) entries.emplace_back("e" + std::to_string(i), "x");
  const std::string bytes = plan_test::make_zip(entries);
  EXPECT_EQ(code_of([&] { ZipArchive::open(bytes, {.max_entries = 10, .max_expanded = 1000}); }), "file.too_complex");
  EXPECT_TRUE(ZipArchive::open(bytes, {.max_entries = 11, .max_expanded = 1000}));
}

TEST(UntrustedXml, DepthIsCappedAndAMillionLevelsNeitherParseNorFreeRecursively) {
  pugi::xml_document doc;
  EXPECT_TRUE(pcmt::files::load_untrusted_xml(doc, nested("<a>", "</a>", pcmt::files::kMaxXmlDepth)));
  EXPECT_EQ(code_of([&] {
              pugi::xml_document d;
              pcmt::files::load_untrusted_xml(d, nested("<a>", "</a>", pcmt::files::kMaxXmlDepth + 2));
            }),
            "file.too_complex");
  // pugixml parses and frees iteratively: a million levels would overflow any recursive walk.
  EXPECT_EQ(code_of([&] {
              pugi::xml_document d;
              pcmt::files::load_untrusted_xml(d, nested("<a>", "</a>", 1'000'000));
            }),
            "file.too_complex");
  pugi::xml_document broken;
  EXPECT_FALSE(pcmt::files::load_untrusted_xml(broken, "<a><b></a>"));
}

TEST(UntrustedXml, ADocxNestedSixtyThousandLevelsIsRefused) {
  const auto runs = plan_test::make_docx("<w:p>" + nested("<w:r>", "</w:r>", 60'000) + "</w:p>");
  EXPECT_LT(runs.size(), 2048u);
  EXPECT_EQ(code_of([&] { pcmt::plans::docx_paragraphs(runs); }), "file.too_complex");
  const auto tables = plan_test::make_docx(nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 20'000));
  EXPECT_EQ(code_of([&] { pcmt::plans::docx_paragraphs(tables); }), "file.too_complex");
  // Tables in tables, as Word nests them, still read.
  const auto fine = plan_test::make_docx(nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 10) +
                                         plan_test::docx_paragraph("Kế hoạch"));
  EXPECT_EQ(pcmt::plans::docx_paragraphs(fine).back(), "Kế hoạch");
}

TEST(CsvLimits, ABodyOfCommasStopsAtTheCellCap) {
  EXPECT_EQ(code_of([] { pcmt::text::parse_csv(std::string(pcmt::files::kMaxTableCells, ',')); }), "file.too_large");
  EXPECT_EQ(pcmt::text::parse_csv(std::string(1000, ',')).at(0).fields.size(), 1001u);
}

TEST(DocxNumbering, OnlyWordsNineLevelsAndRomanNumeralsUpTo3999AreDrawn) {
  const std::string numbering =
      R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="5000"/><w:numFmt w:val="upperRoman"/>)"
      R"(<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/>)"
      R"(<w:lvlText w:val="%2."/></w:lvl><w:lvl w:ilvl="9"><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>)"
      R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";
  const auto docx = plan_test::make_docx(plan_test::docx_paragraph("a", 1, 0) + plan_test::docx_paragraph("b", 1, 1) +
                                             plan_test::docx_paragraph("c", 1, 9),
                                         numbering);
  EXPECT_EQ(pcmt::plans::docx_paragraphs(docx), (std::vector<std::string>{"5000. a", "IV. b", "c"}));
}
