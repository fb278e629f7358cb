// Section titles: every task carries the titles of the headings above it, as a reader names them.
#include <gtest/gtest.h>

#include "core/plans/plan_json.hpp"
#include "core/plans/plan_parser.hpp"
#include "core/plans/section_title.hpp"
#include "plan_test_support.hpp"

using namespace pcmt::plans;
using V = std::vector<std::string>;

namespace {

const Task* find(const ParsedPlan& p, const std::string& ref) {
  for (const auto& t : p.tasks)
    if (t.ref == ref) return &t;
  return nullptr;
}

const std::string kPlan = plan_test::lines({
    "ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 12/KH-UBND", "Hà Tĩnh, ngày 3 tháng 2 năm 2026", "KẾ HOẠCH",
    "Phòng, chống ma túy năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm sự lãnh đạo.", "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Công tác tuyên truyền:", "a) Sở Văn hóa, Thể thao và Du lịch tổ chức tuyên truyền.",
    "b) Sở Giáo dục và Đào tạo lồng ghép nội dung vào giờ học.", "2. Công an tỉnh",
    "- Rà soát người nghiện hằng quý;", "- Đấu tranh với tội phạm ma túy.", "III. TỔ CHỨC THỰC HIỆN",
    "Giao Công an tỉnh chủ trì theo dõi, báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.",
    "Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.", "Trên đây là Kế hoạch./.", "Nơi nhận:", "- Bộ Công an;",
});

}  // namespace

TEST(PlanSection, TasksCarryTheTitlesAboveThem) {
  const auto p = parse_plan(kPlan);
  ASSERT_NE(find(p, "II.1.a"), nullptr);
  EXPECT_EQ(find(p, "II.1.a")->section, (V{"II. NHIỆM VỤ, GIẢI PHÁP", "1. Công tác tuyên truyền"}));
  EXPECT_EQ(find(p, "II.1.b")->section, (V{"II. NHIỆM VỤ, GIẢI PHÁP", "1. Công tác tuyên truyền"}));
  ASSERT_NE(find(p, "II.2.1"), nullptr);
  EXPECT_EQ(find(p, "II.2.1")->section, (V{"II. NHIỆM VỤ, GIẢI PHÁP", "2. Công an tỉnh"}));
}

TEST(PlanSection, ParagraphsSplitIntoTasksKeepTheirHeading) {
  const auto p = parse_plan(kPlan);
  ASSERT_NE(find(p, "III.1"), nullptr);
  EXPECT_EQ(find(p, "III.1")->section, (V{"III. TỔ CHỨC THỰC HIỆN"}));
  EXPECT_EQ(find(p, "III.2")->section, (V{"III. TỔ CHỨC THỰC HIỆN"}));
}

TEST(PlanSection, JsonListsTheTitles) {
  const auto json = plan_to_json(parse_plan(kPlan), 0);
  EXPECT_NE(json.find(R"("section":["II. NHIỆM VỤ, GIẢI PHÁP","1. Công tác tuyên truyền"])"), std::string::npos);
}

TEST(PlanSection, MarkersAsWritten) {
  EXPECT_EQ(marker_text({MarkerKind::roman, "II", 0, 0}), "II.");
  EXPECT_EQ(marker_text({MarkerKind::decimal, "2.1", 2, 0}), "2.1.");
  EXPECT_EQ(marker_text({MarkerKind::letter, "đ", 0, 0}), "đ)");
  EXPECT_EQ(marker_text({MarkerKind::article, "3", 0, 0}), "Điều 3.");
  EXPECT_EQ(marker_text({MarkerKind::dash, "-", 0, 0}), "");
}

TEST(PlanSection, LongHeadingsAreCutAtAWord) {
  OutlineNode node;
  node.marker = {MarkerKind::arabic, "4", 0, 0};
  std::string words;
  for (int i = 0; i < 40; ++i) words += "tăng cường ";
  node.heading = words;
  const std::string title = section_title(node);
  EXPECT_EQ(title.rfind("4. tăng cường", 0), 0u);
  EXPECT_EQ(title.substr(title.size() - 3), "…");
  EXPECT_NE(title.substr(0, title.size() - 3).back(), ' ');
  size_t chars = 0;
  for (char c : title) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  EXPECT_LE(chars, kMaxSectionTitleChars + 1);
  node.heading = "";
  EXPECT_EQ(section_title(node), "");
}
