// Uploaded files read in a child process of the test binary (tests/store/main.cpp starts one the
// way pcmt does): rows and refusals come back as the in-process readers give them, and a file
// that makes its reader die or overrun its memory ends as file.too_complex.
#include <gtest/gtest.h>

#include <functional>

#include "app/files/isolated_readers.hpp"
#include "core/plans/plan_error.hpp"
#include "plan_test_support.hpp"
#include "report/xlsx_reader.hpp"
#include "report/xlsx_writer.hpp"

namespace files = pcmt::app::files;

namespace {

std::string limit_code(const std::function<void()>& f) {
  try {
    f();
  } catch (const pcmt::files::FileLimitError& e) {
    return e.code();
  }
  return "";
}

// A workbook of one sheet whose cells are the shared strings given as <si> elements.
std::string workbook(const std::vector<std::string>& shared) {
  const std::string ns = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
  std::string sheet = "<worksheet " + ns + "><sheetData><row r=\"1\">";
  for (size_t i = 0; i < shared.size(); ++i)
    sheet += "<c r=\"" + std::string(1, static_cast<char>('A' + i)) + "1\" t=\"s\"><v>" + std::to_string(i) + "</v></c>";
  sheet += "</row></sheetData></worksheet>";
  std::string sst = "<sst " + ns + ">";
  for (const auto& si : shared) sst += si;
  sst += "</sst>";
  return plan_test::make_zip(
      {{"xl/workbook.xml", "<workbook " + ns +
                               R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                               R"(<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
       {"xl/_rels/workbook.xml.rels",
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)"},
       {"xl/worksheets/sheet1.xml", sheet},
       {"xl/sharedStrings.xml", sst}});
}

std::string nested_run(int depth) {
  std::string s = "<si>";
  for (int i = 0; i < depth; ++i) s += "<r>";
  for (int i = 0; i < depth; ++i) s += "</r>";
  return s + "</si>";
}

}  // namespace

TEST(IsolatedReaders, AWorkbookComesBackRowByRow) {
  pcmt::report::Sheet sheet{"Danh sach", {"Họ tên", "CCCD"}, {{std::string("Đỗ Văn Khánh"), int64_t{40090001234}}}, {}};
  const auto rows = files::xlsx_rows(pcmt::report::write_xlsx({sheet}));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].line, 2);
  EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"Đỗ Văn Khánh", "40090001234"}));
  EXPECT_THROW(files::xlsx_rows("not a zip"), std::invalid_argument);
}

TEST(IsolatedReaders, ASharedStringNestedSixtyThousandLevelsIsRefusedInAndOutOfTheChild) {
  const auto book = workbook({"<si><t>CCCD</t></si>", nested_run(60'000)});
  EXPECT_EQ(limit_code([&] { pcmt::report::read_xlsx_rows(book); }), "file.too_complex");
  EXPECT_EQ(limit_code([&] { files::xlsx_rows(book); }), "file.too_complex");
  EXPECT_EQ(files::xlsx_rows(workbook({"<si><t>CCCD</t></si>", nested_run(20)})).at(0).fields.size(), 2u);
}

TEST(IsolatedReaders, APlansParagraphsExtractionAndRefusalsComeBack) {
  const auto text = files::read_plan("KẾ HOẠCH\nII. NHIỆM VỤ\n1. Công an tỉnh chủ trì tuyên truyền\n");
  EXPECT_EQ(text.paragraphs, (std::vector<std::string>{"KẾ HOẠCH", "II. NHIỆM VỤ", "1. Công an tỉnh chủ trì tuyên truyền"}));
  EXPECT_EQ(text.plan.at("document").at("kind"), "ke_hoach");
  EXPECT_EQ(text.plan.at("tasks").at(0).at("lead").at(0), "Công an tỉnh");
  EXPECT_EQ(files::read_plan(plan_test::make_pdf({"KE HOACH", "II. NHIEM VU"})).paragraphs,
            (std::vector<std::string>{"KE HOACH", "II. NHIEM VU"}));
  EXPECT_EQ(files::read_plan(plan_test::make_docx(plan_test::docx_paragraph("Kế hoạch"))).paragraphs,
            std::vector<std::string>{"Kế hoạch"});
  try {
    files::read_plan(std::string("\xD0\xCF\x11\xE0", 4) + std::string(100, '\0'));
    FAIL() << "a legacy .doc was read";
  } catch (const pcmt::plans::PlanError& e) {
    EXPECT_EQ(e.code(), "plan.unsupported_format");
  }
}

TEST(IsolatedReaders, AReaderThatRunsOutOfMemoryEndsAsTooComplex) {
  // 5 million empty paragraphs: 30 MB of XML within every part cap, ~650 MB once read.
  std::string body;
  for (int i = 0; i < 5'000'000; ++i) body += "<w:p/>";
  EXPECT_EQ(limit_code([&] { files::read_plan(plan_test::make_docx(body)); }), "file.too_complex");
}
