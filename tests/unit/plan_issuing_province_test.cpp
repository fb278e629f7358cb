// The issuing province of a plan: named by the issuer line or the place of the date line, in any
// case and accent placement, matched against the 34 provinces in force since 1/7/2025.
#include <gtest/gtest.h>

#include "core/plans/issuing_province.hpp"

using namespace pcmt::plans;

namespace {

std::string code_of(std::string_view line) {
  const auto* p = province_named(line);
  return p ? p->code : "";
}

}  // namespace

TEST(PlanIssuingProvince, TheIssuerLineInCapitalsOrNot) {
  EXPECT_EQ(code_of("UỶ BAN NHÂN DÂN TỈNH ĐỒNG NAI"), "75");
  EXPECT_EQ(code_of("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"), "75");
  EXPECT_EQ(code_of("Ủy ban nhân dân tỉnh Nghệ An"), "40");
  EXPECT_EQ(code_of("Ban Chỉ đạo 138 tỉnh Thanh Hóa"), "38");
  EXPECT_EQ(code_of("uy ban nhan dan tinh nghe an"), "40");
}

TEST(PlanIssuingProvince, CentrallyRunCitiesWithOrWithoutThanhPho) {
  EXPECT_EQ(code_of("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"), "01");
  EXPECT_EQ(code_of("Hà Nội"), "01");
  EXPECT_EQ(code_of("THÀNH PHỐ HỒ CHÍ MINH"), "79");
  EXPECT_EQ(code_of("Cần Thơ"), "92");
  EXPECT_EQ(province_named("Huế")->name, "Thành phố Huế");
}

TEST(PlanIssuingProvince, AccentPlacementAndCaseDoNotMatter) {
  EXPECT_EQ(code_of("Thanh Hoá"), "38");  // the old accent placement of Thanh Hóa
  EXPECT_EQ(code_of("KHÁNH HOÀ"), "56");
  EXPECT_EQ(code_of("đắk lắk"), "66");
  EXPECT_EQ(code_of("Nghe\u0323\u0302 An"), "40");  // decomposed (NFD), as some editors send it
}

TEST(PlanIssuingProvince, AFormerProvinceIsTheProvinceItIsPartOfNow) {
  // Nghị quyết 202/2025/QH15: Bình Phước is part of Đồng Nai, Bình Dương of Thành phố Hồ Chí Minh.
  EXPECT_EQ(code_of("UBND TỈNH BÌNH PHƯỚC"), "75");
  EXPECT_EQ(code_of("Bình Dương"), "79");
  EXPECT_EQ(code_of("Bà Rịa - Vũng Tàu"), "79");
  EXPECT_EQ(code_of("Ủy ban nhân dân tỉnh Thừa Thiên Huế"), "46");
  EXPECT_EQ(code_of("Nam Định"), "37");
}

TEST(PlanIssuingProvince, OnlyWholeWordsAndOnlyProvinces) {
  EXPECT_EQ(code_of("Bộ Công an"), "");
  EXPECT_EQ(code_of("Thủ tướng Chính phủ"), "");
  EXPECT_EQ(code_of("Ủy ban nhân dân xã Nghi Lộc"), "");
  EXPECT_EQ(code_of(""), "");
  EXPECT_EQ(code_of("Nghệ"), "");
}

TEST(PlanIssuingProvince, TheIssuerFirstThenThePlaceOfTheDateLine) {
  DocumentHeader h;
  h.issuer = "Ủy ban nhân dân";
  h.place = "Đồng Nai";
  EXPECT_EQ(issuing_province(h)->code, "75");
  h.issuer = "Ủy ban nhân dân tỉnh Nghệ An";
  EXPECT_EQ(issuing_province(h)->code, "40");
  h = {};
  EXPECT_EQ(issuing_province(h), nullptr);
}

TEST(PlanIssuingProvince, EveryFormerProvinceBelongsToOneInForce) {
  EXPECT_EQ(pcmt::agencies::provinces_in_force().size(), 34u);
  for (const auto& f : pcmt::agencies::former_provinces())
    EXPECT_NE(pcmt::agencies::province_by_code(f.now_in), nullptr) << f.name;
}
