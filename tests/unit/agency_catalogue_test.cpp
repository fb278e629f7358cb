#include "core/agencies/agency_catalogue.hpp"

#include <gtest/gtest.h>

#include <set>

using pcmt::agencies::AgencyCatalogue;
using pcmt::agencies::CatalogueError;

namespace {

const AgencyCatalogue& cat() { return AgencyCatalogue::embedded(); }

std::string matched(std::string_view mention) {
  const auto* a = cat().match(mention);
  return a ? a->name : "";
}

// "name|name|?unknown" for every mention found in the text.
std::string found(std::string_view text) {
  std::string out;
  for (const auto& m : cat().find_all(text)) {
    if (!out.empty()) out += "|";
    out += m.known() ? m.name : "?" + m.name;
  }
  return out;
}

}  // namespace

TEST(AgencyCatalogue, EmbeddedCsvLoadsWithUniqueCodesAndValidKinds) {
  const auto& agencies = cat().agencies();
  EXPECT_GE(agencies.size(), 60u);
  EXPECT_LE(agencies.size(), 90u);
  std::set<std::string> codes;
  for (const auto& a : agencies) {
    EXPECT_TRUE(codes.insert(a.code).second) << a.code;
    EXPECT_TRUE(pcmt::agencies::is_agency_kind(a.kind)) << a.code;
    // Canonical names are generic: the matcher strips provinces, the catalogue never lists them.
    EXPECT_EQ(a.name.find("Nghệ An"), std::string::npos);
  }
  ASSERT_NE(cat().by_code("cong_an_tinh"), nullptr);
  EXPECT_EQ(cat().by_code("cong_an_tinh")->kind, "luc_luong_vu_trang");
  EXPECT_EQ(cat().by_code("vks_tinh")->kind, "tu_phap");
  EXPECT_EQ(cat().by_code("ubnd_xa")->name, "Ủy ban nhân dân các xã, phường, đặc khu");
}

TEST(AgencyCatalogue, MatchesCanonicalNamesAndAliases) {
  EXPECT_EQ(matched("Công an tỉnh"), "Công an tỉnh");
  EXPECT_EQ(matched("Sở VHTTDL"), "Sở Văn hóa, Thể thao và Du lịch");
  EXPECT_EQ(matched("Sở GD&ĐT"), "Sở Giáo dục và Đào tạo");
  EXPECT_EQ(matched("Sở GDĐT"), "Sở Giáo dục và Đào tạo");
  EXPECT_EQ(matched("BCH Quân sự tỉnh"), "Bộ Chỉ huy Quân sự tỉnh");
  EXPECT_EQ(matched("BĐBP tỉnh"), "Bộ Chỉ huy Bộ đội Biên phòng tỉnh");
  EXPECT_EQ(matched("VKSND tỉnh"), "Viện kiểm sát nhân dân tỉnh");
  EXPECT_EQ(matched("TAND tỉnh"), "Tòa án nhân dân tỉnh");
  EXPECT_EQ(matched("UBMTTQ Việt Nam tỉnh"), "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
  EXPECT_EQ(matched("UBND cấp xã"), "Ủy ban nhân dân các xã, phường, đặc khu");
}

TEST(AgencyCatalogue, MatchesWithoutDiacriticsOrCase) {
  EXPECT_EQ(matched("so van hoa, the thao va du lich"), "Sở Văn hóa, Thể thao và Du lịch");
  EXPECT_EQ(matched("CONG AN TINH"), "Công an tỉnh");
  EXPECT_EQ(matched("Toà án nhân dân tỉnh"), "Tòa án nhân dân tỉnh");  // old tone placement
}

TEST(AgencyCatalogue, StripsTheProvinceName) {
  EXPECT_EQ(matched("Công an tỉnh Nghệ An"), "Công an tỉnh");
  EXPECT_EQ(matched("Công an thành phố Hà Nội"), "Công an tỉnh");
  EXPECT_EQ(matched("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Thanh Hóa"), "Tỉnh đoàn");
  EXPECT_EQ(matched("Báo Đồng Nai"), "Báo và Phát thanh, Truyền hình tỉnh");
  EXPECT_EQ(matched("Báo và phát thanh, truyền hình Nghệ An"), "Báo và Phát thanh, Truyền hình tỉnh");
  EXPECT_EQ(matched("Sở Y tế tỉnh Hà Tĩnh"), "Sở Y tế");
  // A province merged away on 1/7/2025 is still a province.
  EXPECT_EQ(matched("Công an tỉnh Hà Giang"), "Công an tỉnh");
  // "thành phố Vinh" was a town, not the province: no match rather than a wrong one.
  EXPECT_EQ(matched("UBND thành phố Vinh"), "");
}

TEST(AgencyCatalogue, MergedDepartmentsAreAliasesOfTheirSuccessor) {
  EXPECT_EQ(matched("Sở Kế hoạch và Đầu tư"), "Sở Tài chính");
  EXPECT_EQ(matched("Sở Nông nghiệp và Phát triển nông thôn"), "Sở Nông nghiệp và Môi trường");
  EXPECT_EQ(matched("Cục Hải quan tỉnh"), "Chi cục Hải quan khu vực");
  EXPECT_EQ(matched("Đài Phát thanh - Truyền hình Đồng Nai"), "Báo và Phát thanh, Truyền hình tỉnh");
  // Split between several successors: kept as its own historical entry.
  ASSERT_NE(cat().match("Sở Lao động - Thương binh và Xã hội"), nullptr);
  EXPECT_EQ(cat().match("Sở Lao động - Thương binh và Xã hội")->kind, "khac");
}

TEST(AgencyCatalogue, UnitsOfAnAgencyResolveToIt) {
  EXPECT_EQ(matched("Phòng Cảnh sát điều tra tội phạm về ma túy"), "Công an tỉnh");
  EXPECT_EQ(found("Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh chủ trì"), "Công an tỉnh|Công an tỉnh");
}

TEST(AgencyCatalogue, MatchIgnoresATitleBeforeTheName) {
  EXPECT_EQ(matched("Giám đốc Sở Y tế"), "Sở Y tế");
  EXPECT_EQ(matched("Chủ tịch UBND cấp xã"), "Ủy ban nhân dân các xã, phường, đặc khu");
  EXPECT_EQ(matched("Trường Chính trị tỉnh"), "Trường Chính trị tỉnh");  // "Trường" is a school, not a title
}

TEST(AgencyCatalogue, MatchNeedsTheWholePhrase) {
  EXPECT_EQ(matched("Công an tỉnh và Sở Y tế"), "");
  EXPECT_EQ(matched("Sở Khoa học"), "");
}

TEST(AgencyCatalogue, RegionalBodiesKeepTheirNumberOutOfTheName) {
  EXPECT_EQ(found("Đề nghị Chi cục Hải quan khu vực XI: phối hợp"), "Chi cục Hải quan khu vực");
  EXPECT_EQ(found("đề nghị Bộ Tư lệnh Vùng Cảnh sát biển 1: chỉ đạo"), "Bộ Tư lệnh Vùng Cảnh sát biển");
}

TEST(AgencyCatalogue, FindAllTakesTheLongestNameWithoutOverlap) {
  EXPECT_EQ(found("Văn phòng UBND tỉnh phối hợp Công an tỉnh"), "Văn phòng Ủy ban nhân dân tỉnh|Công an tỉnh");
  EXPECT_EQ(found("Sở Văn hóa, Thể thao và Du lịch, Báo và phát thanh, truyền hình Nghệ An phối hợp với Công an tỉnh"),
            "Sở Văn hóa, Thể thao và Du lịch|Báo và Phát thanh, Truyền hình tỉnh|Công an tỉnh");
  EXPECT_EQ(found("lực lượng Công an các xã, phường, thị trấn"), "Công an cấp xã");
}

TEST(AgencyCatalogue, ACommaSeparatesAgenciesUnlessTheNameHasOne) {
  EXPECT_EQ(found("Hội Cựu chiến binh, Tỉnh đoàn"), "Hội Cựu chiến binh tỉnh|Tỉnh đoàn");
}

TEST(AgencyCatalogue, NameWithoutItsTinhIsTheProvincialBodyMarkedBare) {
  const auto mentions = cat().find_all("phối hợp với Hội Nông dân và Hội Nông dân tỉnh");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].name, "Hội Nông dân tỉnh");
  EXPECT_TRUE(mentions[0].bare);
  EXPECT_FALSE(mentions[1].bare);
  // Two-word names keep their "tỉnh": "Báo" alone is every "Báo cáo".
  EXPECT_EQ(found("Báo cáo kết quả"), "");
}

TEST(AgencyCatalogue, ShortenedNamesInAListAreCompleted) {
  EXPECT_EQ(found("UBND cấp huyện, cấp xã"), "Ủy ban nhân dân cấp huyện|Ủy ban nhân dân các xã, phường, đặc khu");
  EXPECT_EQ(found("Sở Y tế, Giáo dục và Đào tạo"), "Sở Y tế|Sở Giáo dục và Đào tạo");
}

TEST(AgencyCatalogue, UnknownAgencyLookingPhrasesAreReportedNotMerged) {
  // Near "Hội Nông dân tỉnh" but not it: reported as written.
  EXPECT_EQ(found("Hội Nông, Hội Cựu chiến binh"), "?Hội Nông|Hội Cựu chiến binh tỉnh");
  EXPECT_EQ(found("Sở Khoa học Kỹ thuật chủ trì"), "?Sở Khoa học Kỹ thuật");
  // Its province is dropped; "tư" in "Đầu tư" is not the preposition "từ".
  EXPECT_EQ(found("Ban Quản lý Dự án Đầu tư Xây dựng tỉnh Nghệ An phối hợp"), "?Ban Quản lý Dự án Đầu tư Xây dựng tỉnh");
  // "Bộ Công an" is not "Công an tỉnh" preceded by a stray word.
  EXPECT_EQ(found("theo chỉ đạo của Bộ Công an"), "?Bộ Công an");
}

TEST(AgencyCatalogue, OrdinaryWordsAreNotAgencies) {
  EXPECT_EQ(found("Hội nghị giao ban; Ban hành kế hoạch; Bảo đảm an toàn; giám sát hải quan"), "");
  EXPECT_EQ(found("Thanh tra, kiểm tra việc thực hiện"), "");
}

TEST(AgencyCatalogue, FromCsvAcceptsAMinimalCatalogue) {
  const auto c = AgencyCatalogue::from_csv(
      "code,name,kind,aliases\n"
      "so_y_te,Sở Y tế,so,SYT\n"
      "ca_tinh,Công an tỉnh,luc_luong_vu_trang,\"CA tỉnh;Công an cấp tỉnh\"\n");
  ASSERT_EQ(c.agencies().size(), 2u);
  ASSERT_NE(c.match("ca tinh"), nullptr);
  EXPECT_EQ(c.match("ca tinh")->code, "ca_tinh");
  EXPECT_EQ(c.by_code("so_y_te")->aliases, std::vector<std::string>{"SYT"});
}

TEST(AgencyCatalogue, FromCsvRejectsBadRowsWithAStableCode) {
  auto rejects = [](const std::string& csv, const std::string& part) {
    try {
      AgencyCatalogue::from_csv(csv);
      ADD_FAILURE() << "accepted: " << csv;
    } catch (const CatalogueError& e) {
      EXPECT_STREQ(CatalogueError::code(), "agency.catalogue_invalid");
      EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
    }
  };
  rejects("id,name\n", "tiêu đề");
  rejects("code,name,kind,aliases\nso_y_te,Sở Y tế,department,\n", "loại cơ quan");
  rejects("code,name,kind,aliases\nSo Y Te,Sở Y tế,so,\n", "mã cơ quan");
  rejects("code,name,kind,aliases\na,Sở Y tế,so,\na,Sở Tư pháp,so,\n", "bị trùng");
  rejects("code,name,kind,aliases\na,,so,\n", "tên cơ quan trống");
  // One alias for two agencies would make a mention ambiguous.
  rejects("code,name,kind,aliases\na,Sở Y tế,so,SYT\nb,Sở Tư pháp,so,SYT\n", "đã thuộc");
}
