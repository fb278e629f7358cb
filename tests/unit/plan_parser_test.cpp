// Whole documents through parse_plan: which items become tasks, what they inherit, the JSON.
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "core/plans/plan_error.hpp"
#include "core/plans/plan_json.hpp"
#include "core/plans/plan_parser.hpp"
#include "plan_test_support.hpp"

using namespace pcmt::plans;

namespace {

const Task& task(const ParsedPlan& p, const std::string& ref) {
  for (const auto& t : p.tasks)
    if (t.ref == ref) return t;
  static const Task none{};
  ADD_FAILURE() << "no task " << ref;
  return none;
}

std::vector<std::string> refs(const ParsedPlan& p) {
  std::vector<std::string> out;
  for (const auto& t : p.tasks) out.push_back(t.ref);
  return out;
}

using V = std::vector<std::string>;

// A plan in another province's style: "1.", "1.1.", "a)", "+", agencies in running text.
const std::string kPlan = plan_test::lines({
    "ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 12/KH-UBND", "Hà Tĩnh, ngày 3 tháng 2 năm 2026", "KẾ HOẠCH",
    "Phòng, chống ma túy năm 2026",
    "Căn cứ Luật Phòng, chống ma túy năm 2021; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    "1. MỤC TIÊU",
    "Phấn đấu đến hết năm 2026 có ít nhất 30% xã, phường không ma túy.",
    "2. NHIỆM VỤ, GIẢI PHÁP",
    "2.1. Tuyên truyền (hoàn thành trong Quý II/2026)",
    "a) Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Hà Tĩnh tổ chức tuyên truyền.",
    "b) Đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động Nhân dân tham gia.",
    "2.2. Công an tỉnh",
    "+ Rà soát người nghiện hằng quý;",
    "+ Phối hợp với Sở Y tế xác định tình trạng nghiện trong thời hạn 5 ngày kể từ ngày nhận hồ sơ.",
    "3. TỔ CHỨC THỰC HIỆN",
    "Giao Công an tỉnh chủ trì theo dõi, báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.",
    "Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.",
    "Hiệp hội Doanh nghiệp Trẻ tỉnh vận động doanh nghiệp tham gia.",
    "Trên đây là Kế hoạch phòng, chống ma túy năm 2026./.",
    "Nơi nhận:", "- Bộ Công an;",
});

}  // namespace

TEST(PlanParser, OnlySectionsThatAssignWorkGiveTasks) {
  const auto p = parse_plan(kPlan);
  EXPECT_EQ(refs(p), (V{"2.1.a", "2.1.b", "2.2.1", "2.2.2", "3.1", "3.2", "3.3"}));
}

TEST(PlanParser, HeaderAndTargets) {
  const auto p = parse_plan(kPlan);
  EXPECT_EQ(p.document.number, "12/KH-UBND");
  EXPECT_EQ(p.document.date, "2026-02-03");
  EXPECT_EQ(p.document.issuer, "Ủy ban nhân dân tỉnh Hà Tĩnh");
  EXPECT_EQ(p.document.kind, "ke_hoach");
  EXPECT_EQ(p.document.title, "Phòng, chống ma túy năm 2026");
  ASSERT_EQ(p.targets.size(), 1u);
  EXPECT_EQ(p.targets[0].value, 30);
  EXPECT_EQ(p.targets[0].year, 2026);
}

TEST(PlanParser, RolesFromRunningTextAndFromHeadings) {
  const auto p = parse_plan(kPlan);
  EXPECT_EQ(task(p, "2.1.a").lead, V{"Sở Văn hóa, Thể thao và Du lịch"});
  EXPECT_EQ(task(p, "2.1.a").cooperating, V{"Báo và Phát thanh, Truyền hình tỉnh"});
  EXPECT_EQ(task(p, "2.1.b").lead, V{});
  EXPECT_EQ(task(p, "2.1.b").requested, V{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"});
  // "2.2. Công an tỉnh" leads the "+" items below it.
  EXPECT_EQ(task(p, "2.2.1").lead, V{"Công an tỉnh"});
  EXPECT_EQ(task(p, "2.2.2").lead, V{"Công an tỉnh"});
  EXPECT_EQ(task(p, "2.2.2").cooperating, V{"Sở Y tế"});
}

TEST(PlanParser, DeadlinesOwnOrInheritedFromTheHeading) {
  const auto p = parse_plan(kPlan);
  EXPECT_EQ(task(p, "2.1.a").due.kind, DueKind::quarter);  // "(hoàn thành trong Quý II/2026)" on 2.1
  EXPECT_EQ(task(p, "2.1.a").due.date, "2026-06-30");
  EXPECT_EQ(task(p, "2.1.b").due.date, "2026-06-30");
  EXPECT_EQ(task(p, "2.2.1").due.every, Every::quarter);
  EXPECT_EQ(task(p, "2.2.2").due.kind, DueKind::relative);
  EXPECT_EQ(task(p, "2.2.2").due.days, 5);
  EXPECT_EQ(task(p, "3.1").due.kind, DueKind::recurring);
  EXPECT_EQ(task(p, "3.1").due.day, 15);
  EXPECT_EQ(task(p, "3.1").due.month, 12);
  EXPECT_EQ(task(p, "3.2").due.kind, DueKind::none);
}

TEST(PlanParser, ParagraphsOpeningWithAgenciesAreSeparateTasks) {
  const auto p = parse_plan(kPlan);
  EXPECT_EQ(task(p, "3.1").lead, V{"Công an tỉnh"});
  EXPECT_EQ(task(p, "3.2").lead, V{"Sở Tài chính"});
  EXPECT_EQ(task(p, "3.3").lead, V{"Hiệp hội Doanh nghiệp Trẻ tỉnh"});
  EXPECT_EQ(p.unknown_agencies, V{"Hiệp hội Doanh nghiệp Trẻ tỉnh"});
}

TEST(PlanParser, NoisyMarkdownGivesTheSameTasks) {
  const std::string md = plan_test::lines({
      "| **ỦY BAN NHÂN DÂN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|---|---|",
      "| Số: 12/KH-UBND | *Hà Tĩnh, ngày 3 tháng 2 năm 2026* |", "", "**KẾ HOẠCH**", "",
      "**Phòng, chống ma túy năm 2026**", "", "## II\\. NHIỆM VỤ", "", "1\\. Công an tỉnh", "",
      "\\- Rà&nbsp;soát người nghiện <br/> hằng quý;", "", "- 3 -", "",
      "\\- Phối hợp với Sở\u00A0Y\u00A0t\u00ADế xác định tình trạng nghiện."});
  const auto p = parse_plan(md);
  EXPECT_EQ(p.document.number, "12/KH-UBND");
  EXPECT_EQ(p.document.date, "2026-02-03");
  EXPECT_EQ(refs(p), (V{"II.1.1", "II.1.2"}));
  EXPECT_EQ(task(p, "II.1.1").text, "Rà soát người nghiện hằng quý;");
  EXPECT_EQ(task(p, "II.1.2").cooperating, V{"Sở Y tế"});
}

TEST(PlanParser, DocxFromBytesWithWordNumbering) {
  const std::string numbering =
      R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:abstractNum w:abstractNumId="0">)"
      R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>)"
      R"(<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>)"
      R"(<w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>)"
      R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";
  using plan_test::docx_paragraph;
  const std::string body = docx_paragraph("Số: 5/KH-UBND") + docx_paragraph("Quảng Ngãi, ngày 23 tháng 7 năm 2025") +
                           docx_paragraph("KẾ HOẠCH") + docx_paragraph("Xây dựng xã, phường, đặc khu không ma túy") +
                           docx_paragraph("MỤC ĐÍCH", 1, 0) + docx_paragraph("NHIỆM VỤ", 1, 0) +
                           docx_paragraph("Công an tỉnh", 1, 1) +
                           docx_paragraph("Tham mưu ban hành Đề án trước ngày 30/8/2025;", 1, 2) +
                           docx_paragraph("Thường xuyên kiểm tra.", 1, 2) +
                           docx_paragraph("Đề nghị Tòa án nhân dân tỉnh phối hợp với Công an tỉnh.", 1, 1);
  const auto p = parse_plan(plan_test::make_docx(body, numbering));
  EXPECT_EQ(p.document.number, "5/KH-UBND");
  EXPECT_EQ(p.document.issuer, "Ủy ban nhân dân tỉnh Quảng Ngãi");
  EXPECT_EQ(refs(p), (V{"II.1.1", "II.1.2", "II.2"}));
  EXPECT_EQ(task(p, "II.1.1").lead, V{"Công an tỉnh"});
  EXPECT_EQ(task(p, "II.1.1").due.date, "2025-08-30");
  EXPECT_EQ(task(p, "II.1.2").due.kind, DueKind::continuous);
  EXPECT_EQ(task(p, "II.2").requested, V{"Tòa án nhân dân tỉnh"});
  EXPECT_EQ(task(p, "II.2").cooperating, V{"Công an tỉnh"});
}

TEST(PlanParser, PdfFromBytes) {
  const auto p = parse_plan(plan_test::make_pdf({"So: 9/KH-UBND", "Ha Tinh, ngay 5 thang 3 nam 2026", "KE HOACH",
                                                 "Phong, chong ma tuy", "I. NHIEM VU",
                                                 "1. Cong an tinh chu tri, phoi hop voi So Y te truoc ngay 30/6/2026."}));
  EXPECT_EQ(p.document.number, "9/KH-UBND");
  EXPECT_EQ(p.document.date, "2026-03-05");
  ASSERT_EQ(p.tasks.size(), 1u);
  EXPECT_EQ(p.tasks[0].lead, V{"Công an tỉnh"});
  EXPECT_EQ(p.tasks[0].cooperating, V{"Sở Y tế"});
  EXPECT_EQ(p.tasks[0].due.date, "2026-06-30");
}

TEST(PlanParser, UnreadableBytesThrowPlanError) {
  try {
    parse_plan(std::string("\x00\x01\x02", 3));
    FAIL() << "accepted binary bytes";
  } catch (const PlanError& e) {
    EXPECT_EQ(e.code(), kUnreadable);
  }
}

TEST(PlanJson, FollowsTheContractAndOmitsWhatDoesNotApply) {
  const auto v = boost::json::parse(plan_to_json(parse_plan(kPlan)));
  const auto& doc = v.at("document").as_object();
  EXPECT_EQ(doc.at("number").as_string(), "12/KH-UBND");
  EXPECT_EQ(doc.at("date").as_string(), "2026-02-03");
  EXPECT_EQ(doc.at("kind").as_string(), "ke_hoach");
  EXPECT_TRUE(doc.contains("issuer") && doc.contains("title"));
  const auto& target = v.at("targets").at(0).as_object();
  EXPECT_EQ(target.at("value").as_int64(), 30);
  EXPECT_EQ(target.at("unit").as_string(), "%");
  EXPECT_EQ(target.at("year").as_int64(), 2026);

  const auto& tasks = v.at("tasks").as_array();
  const auto& first = tasks.at(0).as_object();
  for (const char* key : {"ref", "text", "lead", "cooperating", "requested", "due"}) EXPECT_TRUE(first.contains(key)) << key;
  EXPECT_EQ(first.at("due").at("kind").as_string(), "quarter");
  EXPECT_EQ(first.at("due").at("date").as_string(), "2026-06-30");
  EXPECT_FALSE(first.at("due").as_object().contains("every"));
  EXPECT_FALSE(first.at("due").as_object().contains("days"));

  const auto& recurring = tasks.at(4).at("due").as_object();  // "trước ngày 15 tháng 12 hằng năm"
  EXPECT_EQ(recurring.at("kind").as_string(), "recurring");
  EXPECT_EQ(recurring.at("every").as_string(), "year");
  EXPECT_EQ(recurring.at("day").as_int64(), 15);
  EXPECT_EQ(recurring.at("month").as_int64(), 12);
  EXPECT_FALSE(recurring.contains("date"));
  const auto& none = tasks.at(5).at("due").as_object();
  EXPECT_EQ(none.size(), 1u);  // {"kind": "none"}
  EXPECT_EQ(v.at("unknown_agencies").as_array().size(), 1u);
}

TEST(PlanJson, PrettyAndCompactAreTheSameJson) {
  const auto plan = parse_plan(kPlan);
  EXPECT_EQ(boost::json::parse(plan_to_json(plan, 2)), boost::json::parse(plan_to_json(plan)));
  EXPECT_NE(plan_to_json(plan, 2).find("\n  \"tasks\": ["), std::string::npos);
}

TEST(PlanParser, DecisionWithAttachedPlanLabelledItemsAndATaskTable) {
  const std::string text = plan_test::lines({
      "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 1234/QĐ-UBND | Lâm Đồng, ngày 10 tháng 9 năm 2025", "QUYẾT ĐỊNH",
      "Ban hành Kế hoạch xây dựng xã, phường không ma túy năm 2025 - 2026", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
      "Căn cứ Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021;",
      "Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 55/TTr-CAT ngày 01/9/2025.", "QUYẾT ĐỊNH:",
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng xã, phường không ma túy.",
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
      "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định này./.",
      "Nơi nhận:", "- Như Điều 3;", "KT. CHỦ TỊCH", "KẾ HOẠCH", "Xây dựng xã, phường không ma túy năm 2025 - 2026",
      "(Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 10/9/2025)", "I. MỤC TIÊU",
      "Phấn đấu đến cuối năm 2026 có ít nhất 30% xã, phường đạt tiêu chí không ma túy.", "II. NHIỆM VỤ CỤ THỂ",
      "1. Rà soát, phân loại địa bàn", "- Cơ quan chủ trì: Công an tỉnh.",
      "- Cơ quan phối hợp: Ủy ban nhân dân các xã, phường.", "- Thời gian hoàn thành: Quý IV/2025.",
      "2. Tuyên truyền trên các phương tiện thông tin đại chúng (Sở Văn hóa, Thể thao và Du lịch chủ trì, Báo và "
      "Phát thanh, Truyền hình tỉnh phối hợp; thực hiện hằng quý).",
      "3. Báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6) về Công an tỉnh.", "III. TỔ CHỨC THỰC HIỆN",
      "Các sở, ban, ngành, đoàn thể và UBND các xã, phường trong thời hạn 15 ngày kể từ ngày nhận Kế hoạch xây "
      "dựng kế hoạch thực hiện.",
      "PHỤ LỤC", "DANH MỤC NHIỆM VỤ",
      "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |", "|---|---|---|---|---|",
      "| 1 | Tập huấn kỹ năng cho cán bộ cấp xã | Công an tỉnh | Sở Y tế | Tháng 11/2025 |",
      "| 2 | Hỗ trợ vay vốn cho người sau cai nghiện | Chi nhánh Ngân hàng Chính sách xã hội tỉnh | UBND các xã, phường | Thường xuyên |",
  });
  const auto p = parse_plan(text);
  EXPECT_EQ(p.document.kind, "quyet_dinh");
  EXPECT_EQ(p.document.number, "1234/QĐ-UBND");
  EXPECT_EQ(p.document.issuer, "Ủy ban nhân dân tỉnh Lâm Đồng");
  ASSERT_EQ(p.targets.size(), 1u);
  EXPECT_EQ(p.targets[0].value, 30);
  // The decision's articles are formalities; the tasks are the attached plan's.
  EXPECT_EQ(refs(p), (V{"II.1", "II.2", "II.3", "III", "PL.1", "PL.2"}));
  // Attribute items describe their parent.
  EXPECT_EQ(task(p, "II.1").lead, V{"Công an tỉnh"});
  EXPECT_EQ(task(p, "II.1").cooperating, V{"Ủy ban nhân dân các xã, phường, đặc khu"});
  EXPECT_EQ(task(p, "II.1").due.date, "2025-12-31");
  // An assignment note in parentheses.
  EXPECT_EQ(task(p, "II.2").lead, V{"Sở Văn hóa, Thể thao và Du lịch"});
  EXPECT_EQ(task(p, "II.2").cooperating, V{"Báo và Phát thanh, Truyền hình tỉnh"});
  EXPECT_EQ(task(p, "II.2").due.every, Every::quarter);
  // A day without a year in a recurring report: the day of each occurrence.
  EXPECT_EQ(task(p, "II.3").due.kind, DueKind::recurring);
  EXPECT_EQ(task(p, "II.3").due.every, Every::half_year);
  EXPECT_EQ(task(p, "II.3").due.day, 15);
  EXPECT_EQ(task(p, "II.3").due.month, 6);
  EXPECT_EQ(task(p, "III").lead, (V{"Các sở, ban, ngành, đoàn thể cấp tỉnh", "Ủy ban nhân dân các xã, phường, đặc khu"}));
  EXPECT_EQ(task(p, "III").due.days, 15);
  // Rows of the task table.
  EXPECT_EQ(task(p, "PL.1").lead, V{"Công an tỉnh"});
  EXPECT_EQ(task(p, "PL.1").cooperating, V{"Sở Y tế"});
  EXPECT_EQ(task(p, "PL.1").due.date, "2025-11-30");
  EXPECT_EQ(task(p, "PL.2").lead, V{"Chi nhánh Ngân hàng Chính sách xã hội tỉnh"});
  EXPECT_EQ(task(p, "PL.2").due.kind, DueKind::continuous);
}
