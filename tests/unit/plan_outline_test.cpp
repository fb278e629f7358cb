// The section tree of a plan, whatever its numbering.
#include <gtest/gtest.h>

#include "core/plans/outline.hpp"

using namespace pcmt::plans;

namespace {

// "ref:heading" of every node, depth first.
void flatten(const OutlineNode& n, std::vector<std::string>& out) {
  for (const auto& c : n.children) {
    out.push_back(c.ref + ":" + c.heading);
    flatten(c, out);
  }
}

std::vector<std::string> refs(const std::vector<std::string>& paragraphs) {
  std::vector<std::string> out;
  flatten(build_outline(paragraphs).root, out);
  return out;
}

void expect_marker(const char* p, MarkerKind kind, const char* label) {
  const Marker m = read_marker(p);
  EXPECT_EQ(m.kind, kind) << p;
  EXPECT_EQ(m.label, label) << p;
}

}  // namespace

TEST(PlanOutline, ReadsEveryNumberingStyle) {
  expect_marker("II. NHIỆM VỤ", MarkerKind::roman, "II");
  expect_marker("IV- TỔ CHỨC THỰC HIỆN", MarkerKind::roman, "IV");
  expect_marker("3. Sở Y tế", MarkerKind::arabic, "3");
  expect_marker("3/ Sở Y tế", MarkerKind::arabic, "3");
  expect_marker("2.1. Tuyên truyền", MarkerKind::decimal, "2.1");
  expect_marker("2.1 Tuyên truyền", MarkerKind::decimal, "2.1");
  expect_marker("a) Công an tỉnh", MarkerKind::letter, "a");
  expect_marker("đ) Sở Tài chính", MarkerKind::letter, "đ");
  expect_marker("b. Sở Y tế", MarkerKind::letter, "b");
  expect_marker("- Rà soát", MarkerKind::dash, "-");
  expect_marker("– Rà soát", MarkerKind::dash, "-");
  expect_marker("-Rà soát", MarkerKind::dash, "-");
  expect_marker("+ Rà soát", MarkerKind::plus, "+");
  expect_marker("1) Rà soát", MarkerKind::paren_arabic, "1");
  expect_marker("(2) Rà soát", MarkerKind::paren_arabic, "2");
  expect_marker("(c) Rà soát", MarkerKind::letter, "c");
  expect_marker("Điều 3. Chánh Văn phòng", MarkerKind::article, "3");
  expect_marker("Chương II", MarkerKind::chapter, "II");
  expect_marker("A. PHẦN CHUNG", MarkerKind::upper_letter, "A");
  expect_marker("Mục 2. Tổ chức thực hiện", MarkerKind::section, "2");
}

TEST(PlanOutline, ProseIsNotAMarker) {
  for (const char* p : {"Mục đích của kế hoạch", "1.000 người được tuyên truyền", "2021 - 2025 là giai đoạn",
                        "Số: 594/KH-UBND", "UBND tỉnh ban hành", "--- trích ---", "a)"})
    EXPECT_EQ(read_marker(p).kind, MarkerKind::none) << p;
}

TEST(PlanOutline, NestsAnyOrderOfMarkers) {
  EXPECT_EQ(refs({"I. CHUNG", "II. NHIỆM VỤ", "1. Tuyên truyền", "a) Công an tỉnh", "- Rà soát", "+ Xã A", "+ Xã B",
                  "- Kiểm tra", "b) Sở Y tế", "2. Cai nghiện"}),
            (std::vector<std::string>{"I:CHUNG", "II:NHIỆM VỤ", "II.1:Tuyên truyền", "II.1.a:Công an tỉnh",
                                      "II.1.a.1:Rà soát", "II.1.a.1.1:Xã A", "II.1.a.1.2:Xã B", "II.1.a.2:Kiểm tra",
                                      "II.1.b:Sở Y tế", "II.2:Cai nghiện"}));
  // Letters outside, numbers inside.
  EXPECT_EQ(refs({"I. NHIỆM VỤ", "a) Công an tỉnh", "1. Rà soát", "2. Kiểm tra", "b) Sở Y tế"}),
            (std::vector<std::string>{"I:NHIỆM VỤ", "I.a:Công an tỉnh", "I.a.1:Rà soát", "I.a.2:Kiểm tra", "I.b:Sở Y tế"}));
}

TEST(PlanOutline, DecimalNumberingNestsUnderItsParent) {
  EXPECT_EQ(refs({"II. NHIỆM VỤ", "2. Tuyên truyền", "2.1. Công an tỉnh", "2.1.1. Rà soát", "2.2. Sở Y tế", "3. Khác"}),
            (std::vector<std::string>{"II:NHIỆM VỤ", "II.2:Tuyên truyền", "II.2.1:Công an tỉnh", "II.2.1.1:Rà soát",
                                      "II.2.2:Sở Y tế", "II.3:Khác"}));
  EXPECT_EQ(refs({"III. TỔ CHỨC", "3.1. Công an tỉnh"}), (std::vector<std::string>{"III:TỔ CHỨC", "III.3.1:Công an tỉnh"}));
}

TEST(PlanOutline, UnmarkedParagraphsBelongToTheNodeAbove) {
  const Outline o = build_outline({"I. NHIỆM VỤ", "a) Công an tỉnh", "Chủ trì, phối hợp với Sở Y tế:", "- Rà soát",
                                   "Đoạn tiếp theo của ý trên."});
  const auto& a = o.root.children[0].children[0];
  EXPECT_EQ(a.body, std::vector<std::string>{"Chủ trì, phối hợp với Sở Y tế:"});
  EXPECT_EQ(a.children[0].body, std::vector<std::string>{"Đoạn tiếp theo của ý trên."});
  EXPECT_EQ(a.own_text(), "Công an tỉnh\nChủ trì, phối hợp với Sở Y tế:");
}

TEST(PlanOutline, NumberingSlipsStillGiveUniqueRefs) {
  EXPECT_EQ(refs({"4. Tuyên truyền", "d) Sở Giáo dục và Đào tạo", "d) Sở Nông nghiệp và Môi trường", "e) Báo tỉnh"}),
            (std::vector<std::string>{"4:Tuyên truyền", "4.d:Sở Giáo dục và Đào tạo", "4.d(2):Sở Nông nghiệp và Môi trường",
                                      "4.e:Báo tỉnh"}));
}

TEST(PlanOutline, SplitsHeaderBodyAndClosing) {
  const Outline o = build_outline({"ỦY BAN NHÂN DÂN", "Số: 1/KH-UBND", "KẾ HOẠCH", "Thực hiện Nghị quyết ...;",
                                   "- Căn cứ tình hình thực tế;", "I. NHIỆM VỤ", "1. Công an tỉnh chủ trì.",
                                   "Trên đây là Kế hoạch của UBND tỉnh./.", "Nơi nhận:", "- Như trên;"});
  EXPECT_EQ(o.front.size(), 5u);  // a dash in the preamble is not a task
  ASSERT_EQ(o.root.children.size(), 1u);
  EXPECT_EQ(o.root.children[0].children[0].body.size(), 0u);  // the closing words are not appended
  EXPECT_EQ(o.back, (std::vector<std::string>{"Trên đây là Kế hoạch của UBND tỉnh./.", "Nơi nhận:", "- Như trên;"}));
}

TEST(PlanOutline, TheEndMarkClosesTheLastItem) {
  const Outline o = build_outline({"I. TỔ CHỨC THỰC HIỆN", "1. Công an tỉnh theo dõi, đôn đốc./.", "TM. ỦY BAN NHÂN DÂN",
                                   "- Số hiệu: 594/KH-UBND"});
  ASSERT_EQ(o.root.children[0].children.size(), 1u);
  EXPECT_EQ(o.back.size(), 2u);
}

TEST(PlanOutline, ArticlesOfADecision) {
  EXPECT_EQ(refs({"Điều 1. Ban hành Kế hoạch.", "Điều 2. Giao Công an tỉnh chủ trì.", "1. Sở Y tế"}),
            (std::vector<std::string>{"1:Ban hành Kế hoạch.", "2:Giao Công an tỉnh chủ trì.", "2.1:Sở Y tế"}));
}

TEST(PlanOutline, AnEffectiveDateSentenceIsClosingNotPartOfTheLastItem) {
  const Outline o = build_outline({"Điều 3. Tổ chức thực hiện", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.",
                                   "Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026./."});
  EXPECT_TRUE(o.root.children[0].children[0].body.empty());
  EXPECT_EQ(o.back.size(), 1u);
}
