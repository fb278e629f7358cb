// The document header: number, date, issuer, kind and title.
#include <gtest/gtest.h>

#include "core/plans/header.hpp"

using namespace pcmt::plans;

TEST(PlanHeader, ReadsAnOfficialHeader) {
  const auto h = read_header({"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 594/KH-UBND",
                              "Nghệ An, ngày 21 tháng 7 năm 2025", "KẾ HOẠCH",
                              "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 93/NQ-CP NGÀY 16/4/2025 CỦA CHÍNH PHỦ",
                              "Thực hiện Nghị quyết số 93/NQ-CP, UBND tỉnh ban hành Kế hoạch triển khai thực hiện như sau:"});
  EXPECT_EQ(h.number, "594/KH-UBND");
  EXPECT_EQ(h.date, "2025-07-21");
  EXPECT_EQ(h.place, "Nghệ An");
  EXPECT_EQ(h.kind, "ke_hoach");
  EXPECT_EQ(h.title, "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 93/NQ-CP NGÀY 16/4/2025 CỦA CHÍNH PHỦ");
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Nghệ An");
}

TEST(PlanHeader, IssuerFromTheCapitalisedHeaderLines) {
  const auto h = read_header({"ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 12/KH-UBND", "Hà Tĩnh, ngày 3 tháng 2 năm 2026",
                              "KẾ HOẠCH", "Phòng, chống ma túy năm 2026"});
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Hà Tĩnh");
  EXPECT_EQ(h.title, "Phòng, chống ma túy năm 2026");
}

TEST(PlanHeader, IssuerFromTheNumberWhenNothingElseSaysIt) {
  const auto h = read_header({"Số: 7/KH-UBND", "Đồng Nai, ngày 15 tháng 5 năm 2025", "KẾ HOẠCH", "Phòng, chống ma túy"});
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Đồng Nai");
}

TEST(PlanHeader, ANumberWithSpacesOrLeftBlank) {
  EXPECT_EQ(read_header({"Số: 171 /KH-UBND"}).number, "171/KH-UBND");
  EXPECT_EQ(read_header({"Số:    /KH-BCĐ"}).number, "/KH-BCĐ");
}

TEST(PlanHeader, ADateLeftBlankKeepsOnlyItsYear) {
  const auto h = read_header({"Thanh Hoá, ngày     tháng     năm 2021", "KẾ HOẠCH", "Phòng, chống ma túy năm 2021",
                              "Ban Chỉ đạo 138 tỉnh Thanh Hóa ban hành kế hoạch với các nội dung sau:"});
  EXPECT_EQ(h.date, "");
  EXPECT_EQ(h.year, 2021);
  EXPECT_EQ(h.issuer, "Ban Chỉ đạo 138 tỉnh Thanh Hóa");
}

TEST(PlanHeader, KindsOfDocument) {
  EXPECT_EQ(read_header({"NGHỊ QUYẾT", "Về công tác phòng, chống ma túy"}).kind, "nghi_quyet");
  EXPECT_EQ(read_header({"CHƯƠNG TRÌNH", "Hành động phòng, chống ma túy"}).kind, "chuong_trinh");
  EXPECT_EQ(read_header({"QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch"}).kind, "quyet_dinh");
  EXPECT_EQ(read_header({"Số: 3/QĐ-UBND"}).kind, "quyet_dinh");  // from the symbol when no kind line
  EXPECT_EQ(read_header({"BÁO CÁO", "Kết quả"}).kind, "other");
}

TEST(PlanHeader, ATitleMayOpenWithThucHien) {
  const auto h = read_header({"KẾ HOẠCH", "Thực hiện các giải pháp chuyển hóa địa bàn trọng điểm",
                              "Căn cứ Quyết định số 28/2025/QĐ-TTg; UBND Thành phố ban hành Kế hoạch như sau:"});
  EXPECT_EQ(h.title, "Thực hiện các giải pháp chuyển hóa địa bàn trọng điểm");
  // A preamble sentence right after the kind line is no title.
  EXPECT_EQ(read_header({"KẾ HOẠCH", "Thực hiện Nghị quyết số 93/NQ-CP của Chính phủ;"}).title, "");
}

TEST(PlanHeader, ATitleOverSeveralCapitalisedLines) {
  const auto h = read_header({"KẾ HOẠCH", "THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG MA TÚY", "TRÊN ĐỊA BÀN TỈNH NĂM 2026",
                              "Căn cứ Luật Phòng, chống ma túy năm 2021;"});
  EXPECT_EQ(h.title, "THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG MA TÚY TRÊN ĐỊA BÀN TỈNH NĂM 2026");
}

TEST(PlanHeader, NumberAndDateOnOneLine) {
  // A PDF's two header columns read as one line.
  const auto h = read_header({"ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                              "Số: 594/KH-UBND Nghệ An, ngày 21 tháng 7 năm 2025", "KẾ HOẠCH", "Phòng, chống ma túy"});
  EXPECT_EQ(h.number, "594/KH-UBND");
  EXPECT_EQ(h.date, "2025-07-21");
  EXPECT_EQ(h.place, "Nghệ An");
}
