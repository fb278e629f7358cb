// Reading a plan's bytes: formats, errors, and the noise of Word-to-text conversions.
#include <gtest/gtest.h>

#include "core/plans/document_text.hpp"
#include "core/plans/plan_error.hpp"
#include "core/plans/text_cleanup.hpp"
#include "plan_test_support.hpp"

using namespace pcmt::plans;

namespace {

std::string error_code(const std::string& bytes) {
  try {
    document_paragraphs(bytes);
  } catch (const PlanError& e) {
    EXPECT_FALSE(std::string(e.what()).empty());
    return e.code();
  }
  return "";
}

}  // namespace

TEST(PlanText, StripsMarkdownEmphasisAndEscapes) {
  EXPECT_EQ(clean_line("**1. Mục đích**"), "1. Mục đích");
  EXPECT_EQ(clean_line("1\\. Mục đích"), "1. Mục đích");
  EXPECT_EQ(clean_line("\\- Công an tỉnh"), "- Công an tỉnh");
  EXPECT_EQ(clean_line("## II. NHIỆM VỤ"), "II. NHIỆM VỤ");
  EXPECT_EQ(clean_line("(*Nước CHDCND Lào*)"), "(Nước CHDCND Lào)");
  EXPECT_EQ(clean_line("__Sở Y tế__ và \\_Sở Tư pháp\\_"), "Sở Y tế và Sở Tư pháp");
  EXPECT_EQ(clean_line("Theo [Kế hoạch số 5](http://x.vn/a) ![logo](a.png)"), "Theo Kế hoạch số 5");
  EXPECT_EQ(clean_line("* Công an tỉnh chủ trì"), "- Công an tỉnh chủ trì");
}

TEST(PlanText, StripsHtmlTagsAndEntities) {
  EXPECT_EQ(clean_line("<p><b>a)</b>&nbsp;Sở&nbsp;Y&nbsp;tế</p>"), "a) Sở Y tế");
  EXPECT_EQ(clean_line("Sở GD&amp;ĐT&#44; Sở Y t&#7871;"), "Sở GD&ĐT, Sở Y tế");
  EXPECT_EQ(clean_line("x &lt; y<br/>z"), "x < y z");
}

TEST(PlanText, RemovesInvisibleCharactersAndNonBreakingSpaces) {
  EXPECT_EQ(clean_line("Công\u00A0an\u202Ftỉnh"), "Công an tỉnh");
  EXPECT_EQ(clean_line("phòng\u00AD chống\u200B ma\u00A0\u00A0túy"), "phòng chống ma túy");
  EXPECT_EQ(clean_line("\uF0B7 Công an tỉnh"), "- Công an tỉnh");  // Word's Symbol-font bullet
  EXPECT_EQ(clean_line("\u2022\tSở Y tế"), "- Sở Y tế");
}

TEST(PlanText, DropsPageNumbersAndRules) {
  for (const char* noise : {"12", "- 3 -", "Trang 4", "Trang 4/20", "4/20", "_______", "-----", "|---|:---:|"})
    EXPECT_EQ(clean_line(noise), "") << noise;
  EXPECT_EQ(clean_line("3. Sở Y tế"), "3. Sở Y tế");
}

TEST(PlanText, SplitsTableRowsIntoCells) {
  EXPECT_EQ(split_table_row("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"),
            (std::vector<std::string>{"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}));
  EXPECT_TRUE(split_table_row("|---|---|").empty());
  EXPECT_EQ(split_table_row("no pipes here"), std::vector<std::string>{"no pipes here"});
}

TEST(PlanText, JoinsParagraphsSplitByAPageBreak) {
  const auto ps = clean_paragraphs(plan_test::lines(
      {"- Phải xử lý nghiêm nếu để tình", "", "12", "", "hình ma túy phức tạp.", "b) Công an tỉnh",
       "Chủ trì, phối hợp với Sở Y tế:", "- Thực hiện các chỉ thị,", "Kế hoạch của Tỉnh ủy."}));
  EXPECT_EQ(ps, (std::vector<std::string>{"- Phải xử lý nghiêm nếu để tình hình ma túy phức tạp.", "b) Công an tỉnh",
                                          "Chủ trì, phối hợp với Sở Y tế:",
                                          "- Thực hiện các chỉ thị, Kế hoạch của Tỉnh ủy."}));
}

TEST(PlanText, NormalisesToNfc) {
  // "tế" written with combining marks comes out precomposed.
  EXPECT_EQ(clean_paragraphs("Sở Y te\xCC\x82\xCC\x81\n"), std::vector<std::string>{"Sở Y t\xE1\xBA\xBF"});
}

TEST(PlanFormat, ReadsUtf8WithAndWithoutBom) {
  EXPECT_EQ(document_paragraphs("\xEF\xBB\xBFKẾ HOẠCH\r\nI. NHIỆM VỤ\r\n"),
            (std::vector<std::string>{"KẾ HOẠCH", "I. NHIỆM VỤ"}));
}

TEST(PlanFormat, ReadsUtf16WithBom) {
  // "Sở\n" in UTF-16LE.
  const std::string bytes("\xFF\xFE" "S\0\xDF\x1E\n\0", 8);
  EXPECT_EQ(document_paragraphs(bytes), std::vector<std::string>{"Sở"});
}

TEST(PlanFormat, UnreadableInputHasAStableCode) {
  EXPECT_EQ(error_code(""), kUnreadable);
  EXPECT_EQ(error_code("  \n\n "), kUnreadable);
  EXPECT_EQ(error_code("K\xE1 ho\xE1" "ch"), kUnreadable);  // Windows-1258 bytes, not UTF-8
  EXPECT_EQ(error_code(std::string("abc\0def", 7)), kUnreadable);
  EXPECT_EQ(error_code("PK\x03\x04 not really a zip"), kUnreadable);
  EXPECT_EQ(error_code("%PDF-1.4 broken"), kUnreadable);
  EXPECT_EQ(error_code("12\n- 3 -\n"), kUnreadable);  // only page numbers
}

TEST(PlanFormat, UnsupportedFormatsHaveTheirOwnCode) {
  EXPECT_EQ(error_code("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 legacy word"), kUnsupportedFormat);
  EXPECT_EQ(error_code("{\\rtf1\\ansi Ke hoach}"), kUnsupportedFormat);
  // A zip that is not a Word document (an .xlsx, say).
  const std::string xlsx = plan_test::make_docx("");
  std::string renamed = xlsx;
  for (size_t pos = renamed.find("word/document.xml"); pos != std::string::npos; pos = renamed.find("word/document.xml", pos))
    renamed.replace(pos, 4, "xl/a");
  EXPECT_EQ(error_code(renamed), kUnsupportedFormat);
}

TEST(PlanFormat, DocxParagraphsAndTablesInOrder) {
  const std::string body = plan_test::docx_paragraph("KẾ HOẠCH") +
                           "<w:p><w:r><w:t>Sở </w:t></w:r><w:r><w:delText>bỏ</w:delText></w:r>"
                           "<w:r><w:t>Y tế</w:t><w:tab/><w:t>chủ trì</w:t></w:r></w:p>"
                           "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Số: 5/KH-UBND</w:t></w:r></w:p></w:tc>"
                           "<w:tc><w:p><w:r><w:t>Hà Tĩnh, ngày 2 tháng 3 năm 2026</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
  EXPECT_EQ(document_paragraphs(plan_test::make_docx(body)),
            (std::vector<std::string>{"KẾ HOẠCH", "Sở Y tế chủ trì", "Số: 5/KH-UBND", "Hà Tĩnh, ngày 2 tháng 3 năm 2026"}));
}

TEST(PlanFormat, DocxAutomaticNumberingIsRendered) {
  const std::string numbering =
      R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:abstractNum w:abstractNumId="0">)"
      R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>)"
      R"(<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>)"
      R"x(<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>)x"
      R"(<w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>)"
      R"(</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";
  const std::string body = plan_test::docx_paragraph("MỤC ĐÍCH", 7, 0) + plan_test::docx_paragraph("NHIỆM VỤ", 7, 0) +
                           plan_test::docx_paragraph("Tuyên truyền", 7, 1) + plan_test::docx_paragraph("Công an tỉnh", 7, 2) +
                           plan_test::docx_paragraph("Rà soát", 7, 3) + plan_test::docx_paragraph("Sở Y tế", 7, 2) +
                           plan_test::docx_paragraph("Cai nghiện", 7, 1) + plan_test::docx_paragraph("Sở Tư pháp", 7, 2);
  EXPECT_EQ(document_paragraphs(plan_test::make_docx(body, numbering)),
            (std::vector<std::string>{"I. MỤC ĐÍCH", "II. NHIỆM VỤ", "II.1. Tuyên truyền", "a) Công an tỉnh", "- Rà soát",
                                      "b) Sở Y tế", "II.2. Cai nghiện", "a) Sở Tư pháp"}));
}

TEST(PlanFormat, PdfTextLayerIsRead) {
  const auto ps = document_paragraphs(plan_test::make_pdf({"KE HOACH", "II. NHIEM VU", "1. Cong an tinh chu tri"}));
  EXPECT_EQ(ps, (std::vector<std::string>{"KE HOACH", "II. NHIEM VU", "1. Cong an tinh chu tri"}));
}

TEST(PlanText, TaskTableRowsBecomeLabelledParagraphs) {
  const auto ps = clean_paragraphs(plan_test::lines({
      "| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Ghi chú |",
      "| I | CÔNG TÁC TUYÊN TRUYỀN | | | | |",
      "| 1 | Tổ chức tập huấn | Sở Y tế | | Quý III/2025 | |",
      "| 1.1 | Biên soạn tài liệu | Sở Tư pháp | Công an tỉnh | Thường xuyên | Đã có |",
      "Đoạn văn sau bảng.",
  }));
  EXPECT_EQ(ps, (std::vector<std::string>{
                    "Mục I. CÔNG TÁC TUYÊN TRUYỀN",
                    "(1) Tổ chức tập huấn. Cơ quan chủ trì: Sở Y tế. Thời gian hoàn thành: Quý III/2025.",
                    "1.1. Biên soạn tài liệu. Cơ quan chủ trì: Sở Tư pháp. Cơ quan phối hợp: Công an tỉnh. Thời gian "
                    "hoàn thành: Thường xuyên.",
                    "Đoạn văn sau bảng."}));
}

TEST(PlanFormat, DocxNumberingFromParagraphStyles) {
  const std::string numbering =
      R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:abstractNum w:abstractNumId="3">)"
      R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>)"
      R"(<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>)"
      R"(</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num></w:numbering>)";
  const std::string styles =
      R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>)"
      R"(<w:style w:styleId="Heading2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>)"
      R"(<w:style w:styleId="Muc2"><w:basedOn w:val="Heading2"/></w:style></w:styles>)";
  auto styled = [](const char* style, const char* text) {
    return std::string("<w:p><w:pPr><w:pStyle w:val=\"") + style + "\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  };
  const std::string body = styled("Heading1", "MỤC ĐÍCH") + styled("Heading1", "NHIỆM VỤ") + styled("Muc2", "Công an tỉnh") +
                           styled("Heading2", "Sở Y tế") + plan_test::docx_paragraph("Thường xuyên rà soát.");
  EXPECT_EQ(document_paragraphs(plan_test::make_docx(body, numbering, styles)),
            (std::vector<std::string>{"I. MỤC ĐÍCH", "II. NHIỆM VỤ", "1. Công an tỉnh", "2. Sở Y tế", "Thường xuyên rà soát."}));
}

TEST(PlanText, PdfLinesAreJoinedIntoParagraphs) {
  const auto ps = clean_paragraphs(plan_test::lines({"KẾ HOẠCH", "Phòng, chống ma túy", "Thực hiện Nghị quyết số 93;",
                                                     "I. NHIỆM VỤ", "1. Sở Y tế chủ trì, phối hợp với", "Công an tỉnh tổ chức",
                                                     "tập huấn.", "2. Sở Tư pháp"}),
                                   Lines::wrap_paragraphs);
  EXPECT_EQ(ps, (std::vector<std::string>{"KẾ HOẠCH", "Phòng, chống ma túy", "Thực hiện Nghị quyết số 93;", "I. NHIỆM VỤ",
                                          "1. Sở Y tế chủ trì, phối hợp với Công an tỉnh tổ chức tập huấn.", "2. Sở Tư pháp"}));
}
