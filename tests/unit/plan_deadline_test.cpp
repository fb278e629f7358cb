// The deadline grammar, one form per test, and how competing statements are ranked.
#include <gtest/gtest.h>

#include "core/agencies/agency_catalogue.hpp"
#include "core/plans/deadline.hpp"

using namespace pcmt::plans;
using pcmt::calendar::Date;

namespace {

DeadlineContext plan_of(int y, int m, int d) { return {Date(y, m, d), y}; }

Due due(std::string_view text, DeadlineContext ctx = plan_of(2025, 7, 21)) {
  auto found = find_deadline(text, ctx, &pcmt::agencies::AgencyCatalogue::embedded());
  return found ? found->due : Due{};
}

void expect_date(std::string_view text, DueKind kind, const char* iso, DeadlineContext ctx = plan_of(2025, 7, 21)) {
  const Due d = due(text, ctx);
  EXPECT_EQ(to_string(d.kind), std::string(to_string(kind))) << text;
  EXPECT_EQ(d.date, iso) << text;
}

void expect_every(std::string_view text, Every every) {
  const Due d = due(text);
  EXPECT_EQ(d.kind, DueKind::recurring) << text;
  EXPECT_EQ(to_string(d.every), std::string(to_string(every))) << text;
}

}  // namespace

TEST(PlanDeadline, ADate) {
  expect_date("gửi kế hoạch về UBND tỉnh trước ngày 30/7/2025 để theo dõi", DueKind::date, "2025-07-30");
  expect_date("tổ chức sơ kết ngày 15/12/2025", DueKind::date, "2025-12-15");
  expect_date("hoàn thành trước ngày 15 tháng 12 năm 2025", DueKind::date, "2025-12-15");
  expect_date("xong trước ngày 20/8", DueKind::date, "2025-08-20");  // year of the plan
  EXPECT_EQ(due("trước ngày 20/8/2025").text, "trước ngày 20/8/2025");
  EXPECT_EQ(due("trước ngày 31/2/2026").kind, DueKind::none);  // no such day
}

TEST(PlanDeadline, AMonth) {
  expect_date("trong tháng 11/2025", DueKind::month, "2025-11-30");
  expect_date("(Hoàn thành trong tháng 5/2025)", DueKind::month, "2025-05-31", plan_of(2025, 5, 15));
  expect_date("hoàn thành tháng 02 năm 2028", DueKind::month, "2028-02-29");
  expect_date("trong tháng 9", DueKind::month, "2025-09-30");
}

TEST(PlanDeadline, AQuarter) {
  expect_date("(hoàn thành trong Quý IV/2025)", DueKind::quarter, "2025-12-31");
  expect_date("trong quý III năm 2025", DueKind::quarter, "2025-09-30");
  expect_date("Quý 2/2026", DueKind::quarter, "2026-06-30");
  expect_date("hoàn thành trong Quý IV", DueKind::quarter, "2025-12-31");
  EXPECT_EQ(due("hoàn thành trong Quý IV/2025").text, "hoàn thành trong Quý IV/2025");
}

TEST(PlanDeadline, AYearOrTheEndOfAPeriod) {
  expect_date("triển khai trong năm 2026", DueKind::year, "2026-12-31");
  expect_date("năm 2026", DueKind::year, "2026-12-31");
  expect_date("bảo đảm đến hết năm 2030 có ít nhất 50% xã", DueKind::year, "2030-12-31");
  expect_date("thực hiện trong giai đoạn 2025-2030", DueKind::year, "2030-12-31");
  expect_date("thực hiện trong giai đoạn 2026 – 2030", DueKind::year, "2030-12-31");
  expect_date("6 tháng đầu năm 2026", DueKind::date, "2026-06-30");
}

TEST(PlanDeadline, RelativeToReceipt) {
  const Due d = due("Báo cáo kết quả trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch; gửi Công an tỉnh.");
  EXPECT_EQ(d.kind, DueKind::relative);
  EXPECT_EQ(d.days, 10);
  EXPECT_EQ(d.text, "trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch");
  EXPECT_EQ(due("trong vòng 15 ngày làm việc").days, 15);
}

TEST(PlanDeadline, Recurring) {
  expect_every("Hằng năm, chủ trì bố trí kinh phí", Every::year);
  expect_every("hàng năm tổng hợp, báo cáo UBND tỉnh", Every::year);
  expect_every("định kỳ 6 tháng, 1 năm tiến hành sơ kết", Every::half_year);
  expect_every("báo cáo hằng quý", Every::quarter);
  expect_every("định kỳ hằng tháng", Every::month);
  expect_every("3 tháng một lần kiểm tra", Every::quarter);
  const Due yearly = due("gửi báo cáo trước ngày 15 tháng 12 hằng năm");
  EXPECT_EQ(yearly.kind, DueKind::recurring);
  EXPECT_EQ(yearly.every, Every::year);
  EXPECT_EQ(yearly.day, 15);
  EXPECT_EQ(yearly.month, 12);
  const Due monthly = due("báo cáo trước ngày 20 hằng tháng");
  EXPECT_EQ(monthly.every, Every::month);
  EXPECT_EQ(monthly.day, 20);
  EXPECT_FALSE(monthly.month.has_value());
  // A period not stated is still recurring, with no "every".
  const Due periodic = due("Định kỳ hoặc đột xuất tổng hợp tình hình");
  EXPECT_EQ(periodic.kind, DueKind::recurring);
  EXPECT_EQ(periodic.every, Every::none);
}

TEST(PlanDeadline, Continuous) {
  EXPECT_EQ(due("Thường xuyên rà soát các văn bản").kind, DueKind::continuous);
  EXPECT_EQ(due("thực hiện liên tục").kind, DueKind::continuous);
}

TEST(PlanDeadline, Conditional) {
  EXPECT_EQ(due("(thực hiện sau khi Thủ tướng Chính phủ ban hành Quyết định phê duyệt Chương trình)").kind,
            DueKind::conditional);
  const Due d = due("Triển khai hệ thống cơ sở dữ liệu (sau khi Bộ Công an triển khai).");
  EXPECT_EQ(d.kind, DueKind::conditional);
  EXPECT_EQ(d.text, "sau khi Bộ Công an triển khai");
  EXPECT_EQ(due("Khai thác cơ sở dữ liệu khi Bộ Công an triển khai").kind, DueKind::conditional);
  EXPECT_EQ(due("tổ chức tổng kết khi có hướng dẫn của Trung ương").kind, DueKind::conditional);
  // "khí" (a gas) is not "khi" (when).
  EXPECT_EQ(due("sử dụng tiền chất và khí N2O (“bóng cười”)").kind, DueKind::none);
  // "sau khi" inside a description of something else is no condition of the task.
  EXPECT_EQ(due("số viên chức không tiếp tục làm công việc này sau khi chức năng được giao").kind, DueKind::none);
}

TEST(PlanDeadline, NoneWhenNothingIsSaid) {
  EXPECT_FALSE(find_deadline("Khẩn trương tổ chức phổ biến, quán triệt nội dung Kết luận.", plan_of(2025, 7, 21)));
}

TEST(PlanDeadline, ACompletionNoteOutranksOtherTimeWords) {
  expect_date("ban hành Đề án từ nay đến năm 2030, có lộ trình thực hiện hằng năm bảo đảm đến hết năm 2030 "
              "(hoàn thành trong Quý IV/2025).",
              DueKind::quarter, "2025-12-31");
  expect_date("Xây dựng kế hoạch (hoàn thành trong tháng 5/2025); định kỳ tổ chức sơ kết", DueKind::month, "2025-05-31",
              plan_of(2025, 5, 15));
  EXPECT_EQ(due("(thực hiện sau khi có hướng dẫn của Trung ương) tổng kết giai đoạn 2021 - 2025").kind,
            DueKind::conditional);
  expect_every("Thường xuyên phối hợp; hằng năm tổ chức tập huấn", Every::year);
}

TEST(PlanDeadline, CitationsAreNotDeadlines) {
  // A document's own date, a name that carries a year, a cut-off, a past meeting.
  EXPECT_EQ(due("Thực hiện Nghị quyết số 93/NQ-CP ngày 16/4/2025 của Chính phủ").kind, DueKind::none);
  EXPECT_EQ(due("theo Quyết định số 272/QĐ-UBND ngày 21/8/2025").kind, DueKind::none);
  EXPECT_EQ(due("lồng ghép kinh phí từ Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030").kind,
            DueKind::none);
  EXPECT_EQ(due("triển khai đề án “Nâng cao hiệu quả công tác phòng ngừa” giai đoạn 2021-2025").kind, DueKind::none);
  EXPECT_EQ(due("sửa đổi Luật Phòng, chống ma túy năm 2021").kind, DueKind::none);
  EXPECT_EQ(due("số viên chức (tính đến hết ngày 25/12/2025) không tiếp tục").kind, DueKind::none);
  EXPECT_EQ(due("theo biên bản hội nghị giao ban lần thứ XIX, ngày 16/9/2019 tại Nghệ An").kind, DueKind::none);
  // "đến hết ngày" ends an obligation, even one that ended before the plan was signed.
  expect_date("hỗ trợ kinh phí đến hết ngày 30/6/2025", DueKind::date, "2025-06-30");
}

TEST(PlanDeadline, WordsInsideNamesAndBudgetLinesAreNotTimeWords) {
  EXPECT_EQ(due("bố trí kinh phí chi thường xuyên cho công tác phòng, chống ma túy").kind, DueKind::none);
  EXPECT_EQ(due("Đề nghị Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên phối hợp").kind, DueKind::none);
  EXPECT_EQ(due("xây dựng kế hoạch, trong đó có lộ trình cụ thể hằng năm").kind, DueKind::none);
  EXPECT_EQ(due("thực hiện theo quy định của pháp luật").kind, DueKind::none);
}

TEST(PlanDeadline, AStartIsNotADeadline) {
  EXPECT_EQ(due("áp dụng từ ngày 01 tháng 01 năm 2026").kind, DueKind::none);
  expect_date("thực hiện từ tháng 10/2025 đến tháng 12/2025", DueKind::month, "2025-12-31");
  // "tư" (as in "Đầu tư") is not "từ".
  expect_date("bố trí kinh phí đầu tư năm 2026", DueKind::year, "2026-12-31");
}
