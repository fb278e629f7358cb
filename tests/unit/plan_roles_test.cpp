// Who leads, co-operates with, or is asked to do a task, read from its words.
#include <gtest/gtest.h>

#include "core/plans/roles.hpp"

using namespace pcmt::plans;

namespace {

const pcmt::agencies::AgencyCatalogue& cat() { return pcmt::agencies::AgencyCatalogue::embedded(); }

std::string names(const std::vector<RoleAgency>& v) {
  std::string out;
  for (const auto& a : v) {
    if (!out.empty()) out += '|';
    if (!a.known) out += '?';
    out += a.name;
  }
  return out;
}

struct R {
  std::string lead, body_lead, cooperating, requested;
  bool has_subject;
};

R read(std::string_view text) {
  const Roles r = read_roles(text, cat());
  return {names(r.lead), names(r.body_lead), names(r.cooperating), names(r.requested), r.has_subject};
}

}  // namespace

TEST(PlanRoles, AnAgencyHeadingIsTheSubject) {
  const R r = read("Công an tỉnh");
  EXPECT_TRUE(r.has_subject);
  EXPECT_EQ(r.lead, "Công an tỉnh");
  EXPECT_EQ(read("Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo căn cứ chức năng, nhiệm vụ").lead,
            "Sở Nông nghiệp và Môi trường|Sở Dân tộc và Tôn giáo");
}

TEST(PlanRoles, SubjectThenPhoiHopVoi) {
  const R r = read("Sở Văn hóa, Thể thao và Du lịch, Báo và phát thanh, truyền hình Nghệ An phối hợp với Công an tỉnh "
                   "và các sở, ban, ngành tổ chức tuyên truyền");
  EXPECT_EQ(r.lead, "Sở Văn hóa, Thể thao và Du lịch|Báo và Phát thanh, Truyền hình tỉnh");
  EXPECT_EQ(r.cooperating, "Công an tỉnh");  // "các sở, ban, ngành" names no partner
}

TEST(PlanRoles, ChuTriPhoiHopWithoutASubject) {
  const R r = read("Chủ trì, phối hợp Sở Tài chính, Sở Nông nghiệp và Môi trường, Sở Xây dựng và các sở, ngành liên quan "
                   "tham mưu UBND tỉnh bố trí quỹ đất");
  EXPECT_FALSE(r.has_subject);
  EXPECT_EQ(r.lead, "");
  EXPECT_EQ(r.cooperating, "Sở Tài chính|Sở Nông nghiệp và Môi trường|Sở Xây dựng");  // not UBND tỉnh: it is advised
}

TEST(PlanRoles, PhoiHopVariants) {
  EXPECT_EQ(read("Phối hợp chặt chẽ với Công an tỉnh nâng cao hiệu quả").cooperating, "Công an tỉnh");
  EXPECT_EQ(read("chương trình phối hợp hành động với Công an tỉnh").cooperating, "Công an tỉnh");
  EXPECT_EQ(read("Phối hợp, hướng dẫn các sở, ngành, Ban chỉ đạo 138 các huyện").cooperating, "");
  EXPECT_EQ(read("phối hợp với các cơ quan có liên quan có giải pháp giáo dục").cooperating, "");
  EXPECT_EQ(read("phối hợp thực hiện các nhiệm vụ").cooperating, "");
}

TEST(PlanRoles, DeNghiMakesAgenciesRequestedNotLed) {
  const R r = read("Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh: Phối hợp chặt chẽ với Công an tỉnh");
  EXPECT_EQ(r.lead, "");
  EXPECT_EQ(r.requested, "Viện kiểm sát nhân dân tỉnh|Tòa án nhân dân tỉnh");
  EXPECT_EQ(r.cooperating, "Công an tỉnh");
}

TEST(PlanRoles, LedAndRequestedInOneSubject) {
  const R r = read("Bộ Chỉ huy Quân sự tỉnh; đề nghị Bộ Tư lệnh Vùng Cảnh sát biển 1: Chỉ đạo các đơn vị trực thuộc");
  EXPECT_EQ(r.lead, "Bộ Chỉ huy Quân sự tỉnh");
  EXPECT_EQ(r.requested, "Bộ Tư lệnh Vùng Cảnh sát biển");
  const R list = read("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, UBND các xã giáp biên giới Việt - Lào, đề nghị Chi cục "
                      "Hải quan khu vực XI, Viện kiểm sát nhân dân tỉnh theo chức năng, nhiệm vụ");
  EXPECT_EQ(list.lead, "Công an tỉnh|Bộ Chỉ huy Quân sự tỉnh|Ủy ban nhân dân các xã, phường, đặc khu");
  EXPECT_EQ(list.requested, "Chi cục Hải quan khu vực|Viện kiểm sát nhân dân tỉnh");
}

TEST(PlanRoles, GiaoAndChuTriNameTheLead) {
  const R giao = read("Giao Công an tỉnh chủ trì, phối hợp với các sở, ban, ngành liên quan theo dõi");
  EXPECT_EQ(giao.lead, "Công an tỉnh");
  EXPECT_EQ(giao.cooperating, "");
  const R body = read("Trên cơ sở đề xuất của Công an tỉnh và các sở, ban, ngành, Sở Tài chính chủ trì tổng hợp");
  EXPECT_EQ(body.lead, "");
  EXPECT_EQ(body.body_lead, "Sở Tài chính");  // not Công an tỉnh: it only proposes
  EXPECT_EQ(read("Để thực hiện tốt, giao cho Sở Y tế chủ trì").body_lead, "Sở Y tế");
  EXPECT_EQ(read("Phân công Sở Tư pháp chủ trì tuyên truyền").lead, "Sở Tư pháp");
  EXPECT_EQ(read("Yêu cầu UBND các xã, phường tổ chức rà soát").lead, "Ủy ban nhân dân các xã, phường, đặc khu");
  EXPECT_EQ(read("Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Công an tỉnh").body_lead, "Sở Y tế");
  EXPECT_EQ(read("Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Công an tỉnh").cooperating, "Công an tỉnh");
  EXPECT_EQ(read("Đơn vị thực hiện: Hội Nông dân tỉnh.").body_lead, "Hội Nông dân tỉnh");
  const R note = read("Tuyên truyền trên báo chí (Sở Văn hóa, Thể thao và Du lịch chủ trì, Công an tỉnh phối hợp).");
  EXPECT_EQ(note.body_lead, "Sở Văn hóa, Thể thao và Du lịch");
  EXPECT_EQ(note.cooperating, "Công an tỉnh");
}

TEST(PlanRoles, MentionsWithoutARoleAreIgnored) {
  const R r = read("Tham mưu UBND tỉnh báo cáo HĐND tỉnh; gửi báo cáo về Công an tỉnh để tổng hợp");
  EXPECT_EQ(r.lead + r.body_lead + r.cooperating + r.requested, "");
}

TEST(PlanRoles, AForceOfAnAgencyIsThatAgency) {
  EXPECT_EQ(read("phối hợp chặt chẽ với lực lượng chuyên trách phòng, chống tội phạm về ma túy của Công an tỉnh, lực "
                 "lượng Hải quan và các địa phương triển khai")
                .cooperating,
            "Công an tỉnh|Chi cục Hải quan khu vực");
}

TEST(PlanRoles, ListedDepartmentsAfterACollective) {
  EXPECT_EQ(read("Phối hợp chặt chẽ với các sở, ngành: Y tế, Công Thương, Hải quan, Nông nghiệp và Phát triển nông thôn, "
                 "UBND các huyện, thị xã, thành phố trong thực hiện")
                .cooperating,
            "Sở Y tế|Sở Công Thương|Chi cục Hải quan khu vực|Sở Nông nghiệp và Môi trường|Ủy ban nhân dân cấp huyện");
}

TEST(PlanRoles, ALowerLevelAfterTheListDropsProvincialGuesses) {
  EXPECT_EQ(read("Chỉ đạo Ủy ban MTTQ cấp huyện phối hợp với Hội liên hiệp Phụ nữ, Hội Nông dân, Đoàn Thanh niên cấp "
                 "huyện, xã đẩy mạnh")
                .cooperating,
            "");
  // Written with "tỉnh", the body is provincial whatever follows.
  EXPECT_EQ(read("phối hợp với Hội Nông dân tỉnh và Đoàn Thanh niên cấp xã").cooperating, "Hội Nông dân tỉnh");
}

TEST(PlanRoles, TitlesAndShortenedNamesInASubject) {
  EXPECT_EQ(read("Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã").lead,
            "Ủy ban nhân dân cấp huyện|Ủy ban nhân dân các xã, phường, đặc khu");
  EXPECT_EQ(read("Giám đốc các sở, Trưởng ban, ngành, đoàn thể cấp tỉnh, Trưởng Ban chỉ đạo 138 các huyện, thị xã, "
                 "thành phố căn cứ kế hoạch này")
                .lead,
            "Các sở, ban, ngành, đoàn thể cấp tỉnh|Ban Chỉ đạo phòng, chống tội phạm cấp huyện");
}

TEST(PlanRoles, AGroupQualifiedByLienQuanNamesNobody) {
  EXPECT_EQ(read("Các sở, ban, ngành liên quan chủ động phối hợp").lead, "");
  EXPECT_EQ(read("Các sở, ban, ngành, đoàn thể, tổ chức chính trị, xã hội cấp tỉnh, UBND các xã, phường khẩn trương").lead,
            "Các sở, ban, ngành, đoàn thể cấp tỉnh|Ủy ban nhân dân các xã, phường, đặc khu");
}

TEST(PlanRoles, UnknownAgenciesKeepTheirRole) {
  const R r = read("Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Hội Nông, Hội Cựu chiến binh chỉ đạo");
  EXPECT_EQ(r.requested, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh|?Hội Nông|Hội Cựu chiến binh tỉnh");
  EXPECT_EQ(read("Sở Khoa học Kỹ thuật chủ trì, phối hợp với Hiệp hội Doanh nghiệp Trẻ tổ chức").cooperating,
            "?Hiệp hội Doanh nghiệp Trẻ");
}
