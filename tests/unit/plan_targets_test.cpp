// Quantified targets.
#include <gtest/gtest.h>

#include "core/plans/targets.hpp"

using namespace pcmt::plans;

TEST(PlanTargets, APercentageWithItsYear) {
  const auto t = find_targets({"a) Bám sát ...; phấn đấu đến hết năm 2030, có ít nhất 50% đơn vị hành chính cấp xã trên địa "
                               "bàn tỉnh “không ma túy” và từng bước đẩy lùi ma túy."},
                              std::nullopt);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, 50);
  EXPECT_EQ(t[0].unit, "%");
  EXPECT_EQ(t[0].year, 2030);
  EXPECT_EQ(t[0].text, "phấn đấu đến hết năm 2030, có ít nhất 50% đơn vị hành chính cấp xã trên địa bàn tỉnh “không ma túy”");
}

TEST(PlanTargets, ACountWithItsUnitAndThePlansYear) {
  const auto t = find_targets({"giảm số xã trọng điểm; mỗi huyện xây dựng được 01 mô hình, điển hình tiên tiến."}, 2021);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, 1);
  EXPECT_EQ(t[0].unit, "mô hình");
  EXPECT_EQ(t[0].year, 2021);
}

TEST(PlanTargets, TwoTargetsInOneSentenceKeepTheirOwnYears) {
  const auto t = find_targets({"Phấn đấu đến năm 2027 có ít nhất 20% xã đạt tiêu chí và đến hết năm 2030 có ít nhất 50% xã."},
                              std::nullopt);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].year, 2027);
  EXPECT_EQ(t[1].value, 50);
  EXPECT_EQ(t[1].year, 2030);
}

TEST(PlanTargets, DecimalPercentages) {
  const auto t = find_targets({"Phấn đấu năm 2026 giảm 12,5% số người sử dụng trái phép chất ma túy."}, std::nullopt);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_DOUBLE_EQ(t[0].value, 12.5);
  EXPECT_EQ(t[0].year, 2026);
}

TEST(PlanTargets, TheSameTargetStatedTwiceIsOne) {
  const auto t = find_targets({"bảo đảm đến hết năm 2030 có ít nhất 50% xã “không ma túy”.",
                               "- Tham mưu ban hành Đề án, bảo đảm đến hết năm 2030, có ít nhất 50% đơn vị cấp xã."},
                              std::nullopt);
  EXPECT_EQ(t.size(), 1u);
}

TEST(PlanTargets, NumbersThatAreNotTargets) {
  EXPECT_TRUE(find_targets({"Nghị quyết số 93/NQ-CP ngày 16/4/2025; 03 cấp; khu vực XI; 8 tỉnh Thanh Hoá."}, 2025).empty());
}
