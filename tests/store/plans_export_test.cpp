// The consolidated report as DOCX and XLSX: real packages, opened here with libzip and read as
// XML, holding the plan's heading, the sections, tasks, agencies, statuses and report summaries.
#include <pugixml.hpp>
#include <zip.h>

#include "app/plans/exports.hpp"
#include "app/plans/report_review.hpp"
#include "app/plans/report_submit.hpp"
#include "plans_fixture.hpp"

using namespace pcmt;
namespace plans = app::plans;

namespace {

// The entries of a zip archive held in memory.
std::map<std::string, std::string> unzip(const std::string& bytes) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &err);
  std::map<std::string, std::string> out;
  if (!z) {
    zip_source_free(src);
    return out;
  }
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
    zip_stat_t st;
    zip_stat_index(z, i, 0, &st);
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen_index(z, i, 0);
    zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    out[st.name] = std::move(data);
  }
  zip_close(z);
  return out;
}

// Every text node of an XML part, concatenated, paragraphs (w:p) and cells separated by newlines.
std::string xml_text(const std::string& xml) {
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(xml.c_str())) << "not well-formed XML";
  std::string out;
  struct Walker : pugi::xml_tree_walker {
    std::string* out;
    bool for_each(pugi::xml_node& n) override {
      if (n.type() == pugi::node_pcdata) *out += n.value();
      if (std::string(n.name()) == "w:p" || std::string(n.name()) == "si") *out += "\n";
      return true;
    }
  } w;
  w.out = &out;
  doc.traverse(w);
  return out;
}

}  // namespace

class PlansExport : public test_support::PlansTest {
 protected:
  void SetUp() override {
    PlansTest::SetUp();
    plan_id = plans::save_plan(db(), office, plan594()).id;
    const int64_t i = count("SELECT ri.id FROM report_instances ri JOIN plan_tasks t ON t.id = ri.task_id WHERE "
                            "ri.agency_id = $1 AND t.ref = 'II.1'",
                            {agency_id("cong_an_tinh")});
    auto r = plans::submit_report(db(), police, i, {"done", "Đã tổng rà soát 1.250 người", {{"Số người", "1250", "người", true}}, {}});
    plans::review_report(db(), office, r.id, "accepted", "");
  }
  calendar::Date as_of = *calendar::Date::parse("2025-12-20");
  int64_t plan_id = 0;
};
PCMT_ON_BOTH_ENGINES(PlansExport);

TEST_P(PlansExport, DocxIsAWordDocumentWithTheReport) {
  auto f = plans::export_plan(db(), office, plan_id, plans::ExportFormat::docx, "2025-07-01", "2025-12-31", as_of);
  EXPECT_EQ(f.content_type, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_EQ(f.file_name, "bao-cao-594-kh-ubnd-2025-07-01-2025-12-31.docx");
  auto parts = unzip(f.bytes);
  ASSERT_TRUE(parts.contains("[Content_Types].xml"));
  ASSERT_TRUE(parts.contains("_rels/.rels"));
  ASSERT_TRUE(parts.contains("word/document.xml"));
  EXPECT_NE(parts["[Content_Types].xml"].find("wordprocessingml.document.main+xml"), std::string::npos);
  // Word refuses a part with a second XML declaration: exactly one, at the very start.
  const std::string& xml = parts["word/document.xml"];
  EXPECT_EQ(xml.rfind("<?xml", 0), 0u);
  EXPECT_EQ(xml.find("<?xml", 1), std::string::npos);
  const std::string text = xml_text(xml);
  EXPECT_NE(text.find("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 594/KH-UBND"), std::string::npos) << text.substr(0, 400);
  EXPECT_NE(text.find("Kỳ báo cáo: từ ngày 1/7/2025 đến ngày 31/12/2025"), std::string::npos);
  EXPECT_NE(text.find("Mục II"), std::string::npos);
  EXPECT_NE(text.find("Mục III"), std::string::npos);
  EXPECT_NE(text.find("Tổng kiểm tra, rà soát người sử dụng trái phép chất ma túy"), std::string::npos);
  EXPECT_NE(text.find("Hoàn thành"), std::string::npos);  // II.1, done and accepted
  EXPECT_NE(text.find("Quá hạn"), std::string::npos);     // II.2 and III.1 missing on 20/12
  EXPECT_NE(text.find("Đã tổng rà soát 1.250 người"), std::string::npos);
  EXPECT_NE(text.find("Số người: 1250 người"), std::string::npos);
  EXPECT_NE(text.find("Viện kiểm sát nhân dân tỉnh"), std::string::npos);  // requested on II.3
  EXPECT_NE(text.find("Đề nghị phê bình, nhắc nhở: "), std::string::npos);
  EXPECT_NE(text.find("Tính đến ngày 20/12/2025"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'plan.export' AND object_id = $1",
                  {std::to_string(plan_id)}),
            1);
}

TEST_P(PlansExport, XlsxIsAWorkbookWithTasksAndAgencies) {
  auto f = plans::export_plan(db(), office, plan_id, plans::ExportFormat::xlsx, "", "", as_of);
  EXPECT_EQ(f.file_name, "bao-cao-594-kh-ubnd-2025-07-21-2025-12-20.xlsx");
  auto parts = unzip(f.bytes);
  ASSERT_TRUE(parts.contains("xl/workbook.xml"));
  ASSERT_TRUE(parts.contains("xl/sharedStrings.xml"));
  const std::string workbook = xml_text(parts["xl/workbook.xml"]);
  EXPECT_NE(parts["xl/workbook.xml"].find("Nhiệm vụ"), std::string::npos);
  EXPECT_NE(parts["xl/workbook.xml"].find("Cơ quan"), std::string::npos);
  const std::string strings = xml_text(parts["xl/sharedStrings.xml"]);
  EXPECT_NE(strings.find("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 594/KH-UBND"), std::string::npos);
  EXPECT_NE(strings.find("Triển khai mô hình sau khi Bộ Công an hướng dẫn"), std::string::npos);
  EXPECT_NE(strings.find("Đang thực hiện (chờ điều kiện)"), std::string::npos);
  EXPECT_NE(strings.find("Công an tỉnh"), std::string::npos);
  EXPECT_NE(strings.find("Đã tổng rà soát 1.250 người"), std::string::npos);
}

TEST_P(PlansExport, APastPeriodIsReportedAsAtItsEnd) {
  auto f = plans::export_plan(db(), office, plan_id, plans::ExportFormat::docx, "2025-07-01", "2025-09-29", as_of);
  const std::string text = xml_text(unzip(f.bytes)["word/document.xml"]);
  EXPECT_NE(text.find("Tính đến ngày 29/9/2025"), std::string::npos);
  // Nothing was due by then: no report line, and no agency to criticise.
  EXPECT_NE(text.find("Không có báo cáo đến hạn trong kỳ"), std::string::npos);
  EXPECT_EQ(text.find("Đề nghị phê bình"), std::string::npos);
}

TEST_P(PlansExport, OnlyOverseersExportAndABadPeriodIsRefused) {
  expect_error([&] { plans::export_plan(db(), police, plan_id, plans::ExportFormat::docx, "", "", as_of); }, app::ErrorKind::forbidden,
               "auth.forbidden");
  expect_error([&] { plans::export_plan(db(), foreign_office, plan_id, plans::ExportFormat::docx, "", "", as_of); },
               app::ErrorKind::not_found, "not_found");
  EXPECT_EQ(expect_error([&] {
              plans::export_plan(db(), office, plan_id, plans::ExportFormat::xlsx, "2026-01-01", "2025-01-01", as_of);
            },
                         app::ErrorKind::invalid, "request.invalid_period"),
            "from");
  EXPECT_EQ(expect_error([&] { plans::export_plan(db(), office, plan_id, plans::ExportFormat::xlsx, "x", "", as_of); },
                         app::ErrorKind::invalid, "request.invalid_date"),
            "from");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'plan.export'"), 0);
}

// Plans often restate deadlines that fall before their own date; the default period must still
// include those reports (it opens at the first deadline, not at the plan's date).
TEST_P(PlansExport, DefaultPeriodOpensAtAnEarlierFirstDeadline) {
  auto in = plan594();
  in.number = "595/KH-UBND";
  in.tasks[0].due = due(schedule::DueKind::date, "2025-06-30");
  const int64_t early = plans::save_plan(db(), office, in).id;
  auto f = plans::export_plan(db(), office, early, plans::ExportFormat::docx, "", "", as_of);
  EXPECT_EQ(f.file_name, "bao-cao-595-kh-ubnd-2025-06-30-2025-12-20.docx");
}
