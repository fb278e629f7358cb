// The communes closest to drug-free: ranked by unmet criteria, then by how far
// above the thresholds, each with what is missing in Vietnamese.
#include <gtest/gtest.h>

#include "areas_test_support.hpp"
#include "core/areas/closest_drug_free.hpp"

using namespace pcmt::areas;
using namespace pcmt::areas::testing;

namespace {

CommuneFacts commune(std::string code) {
  auto f = quiet_commune();
  f.code = std::move(code);
  return f;
}

struct Ranked {
  std::vector<CommuneFacts> facts;
  std::vector<CommuneClassification> results;
  std::vector<ClosestCommune> closest;
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const auto& c : closest) out.push_back(results[c.index].code);
    return out;
  }
};

Ranked rank(std::vector<CommuneFacts> facts) {
  Ranked r{std::move(facts), {}, {}};
  for (const auto& f : r.facts) r.results.push_back(classify_commune(f, shipped_rules()));
  r.closest = closest_to_drug_free(r.facts, r.results, shipped_rules());
  return r;
}

}  // namespace

TEST(AreasClosest, DrugFreeCommunesAreLeftOut) {
  const auto r = rank({commune("00001"), commune("00002")});
  EXPECT_TRUE(r.closest.empty());
}

TEST(AreasClosest, FewerUnmetCriteriaComeFirst) {
  auto two = commune("00001");
  two.use_points = 1;
  two.resident_violators = 1;
  auto one = commune("00002");
  one.use_points = 5;  // far above the threshold, yet only one criterion missing
  const auto r = rank({two, one, commune("00003")});
  EXPECT_EQ(r.codes(), (std::vector<std::string>{"00002", "00001"}));
  EXPECT_EQ(r.closest[0].unmet, 1);
  EXPECT_EQ(r.closest[1].unmet, 2);
}

TEST(AreasClosest, SameUnmetCountRankedByDistanceFromTheThresholds) {
  auto far = commune("00001");
  far.resident_users_not_excluded = 4;
  auto near = commune("00002");
  near.wanted_hiding = 1;
  auto tie = commune("00003");
  tie.use_points = 1;  // same distance as 00002: the code decides
  const auto r = rank({far, near, tie});
  EXPECT_EQ(r.codes(), (std::vector<std::string>{"00002", "00003", "00001"}));
  EXPECT_EQ(r.closest[2].excess, 4);
}

TEST(AreasClosest, SaysWhatIsMissingPerCriterion) {
  auto f = commune("00001");
  f.resident_violators = 2;
  f.wanted_hiding = 1;
  f.use_points = 1;
  const auto r = rank({f});
  ASSERT_EQ(r.closest.size(), 1u);
  const auto& m = r.closest[0].missing;
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].criterion, "b");
  EXPECT_EQ(m[0].excess, 3);
  EXPECT_EQ(m[0].text, "còn 2 người cư trú vi phạm pháp luật về ma túy trên địa bàn, 1 đối tượng truy nã về ma túy lẩn trốn");
  EXPECT_EQ(m[0].source, "QĐ 28/2025/QĐ-TTg Điều 6 khoản 2");
  EXPECT_EQ(m[1].criterion, "c");
  EXPECT_EQ(m[1].text, "còn 1 điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy");
  EXPECT_EQ(r.closest[0].excess, 4);
}

TEST(AreasClosest, CriterionACountsResidentsOutsideTheExcludedProgrammes) {
  auto f = commune("00001");
  f.resident_users_not_excluded = 3;
  const auto r = rank({f});
  ASSERT_EQ(r.closest.size(), 1u);
  EXPECT_EQ(r.closest[0].missing[0].criterion, "a");
  EXPECT_EQ(r.closest[0].missing[0].text,
            "còn 3 người nghiện, sử dụng trái phép chất ma túy đang cư trú (ngoài điều trị thay thế, cai nghiện tại gia "
            "đình, cộng đồng, quản lý sau cai)");
}

TEST(AreasClosest, UnknownFactIsUndecidedNotCountedAsMet) {
  auto unknown = commune("00001");
  unknown.resident_users_not_excluded.reset();
  auto one_unmet = commune("00002");
  one_unmet.use_points = 1;
  const auto r = rank({unknown, one_unmet});
  EXPECT_EQ(r.codes(), (std::vector<std::string>{"00001", "00002"}));  // 0 unmet (1 undecided) before 1 unmet
  ASSERT_EQ(r.closest[0].missing.size(), 1u);
  EXPECT_TRUE(r.closest[0].missing[0].undecided);
  EXPECT_EQ(r.closest[0].missing[0].text, "chưa đủ dữ liệu để đánh giá");
}

TEST(AreasClosest, RejectsMisalignedInput) {
  std::vector<CommuneFacts> facts{commune("00001")};
  EXPECT_THROW(closest_to_drug_free(facts, {}, shipped_rules()), std::invalid_argument);
}
