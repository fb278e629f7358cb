// Drug-free commune (QĐ 28/2025/QĐ-TTg Điều 6) and the drug-free share against a roadmap target.
#include <gtest/gtest.h>

#include "areas_test_support.hpp"
#include "core/areas/drug_free_share.hpp"

using namespace pcmt::areas;
using namespace pcmt::areas::testing;

namespace {
DrugFreeAssessment assess(const CommuneFacts& f) { return assess_drug_free(f, shipped_rules()); }
}  // namespace

TEST(AreasDrugFree, AllThreeCriteriaHold) {
  const auto a = assess(quiet_commune());
  EXPECT_EQ(a.drug_free, Tri::yes);
  EXPECT_TRUE(a.unmet().empty());
}

// Điều 6 khoản 1: residents in substitution treatment, home/community rehab or post-rehab
// management are excluded; they are part of managed_users but not of resident_users_not_excluded.
TEST(AreasDrugFree, ExcludedUsersDoNotBreakCriterionA) {
  auto f = quiet_commune();
  f.managed_users = 12;  // all twelve in treatment or post-rehab management
  f.resident_users_not_excluded = 0;
  EXPECT_EQ(assess(f).drug_free, Tri::yes);
  f.resident_users_not_excluded = 1;  // one resident using outside those programmes
  EXPECT_EQ(assess(f).drug_free, Tri::no);
  EXPECT_EQ(assess(f).unmet(), std::vector<std::string>{"a"});
}

// Điều 6 khoản 2: no resident violating drug law here, and no wanted drug fugitive hiding here.
TEST(AreasDrugFree, ViolatorsOrFugitivesBreakCriterionB) {
  auto f = quiet_commune();
  f.resident_violators = 1;
  EXPECT_EQ(assess(f).unmet(), std::vector<std::string>{"b"});
  f.resident_violators = 0;
  f.wanted_hiding = 1;
  EXPECT_EQ(assess(f).unmet(), std::vector<std::string>{"b"});
}

// Điều 6 khoản 3: no point organizing or harbouring drug use.
TEST(AreasDrugFree, AnyPointBreaksCriterionC) {
  auto f = quiet_commune();
  f.use_points = 1;
  EXPECT_EQ(assess(f).unmet(), std::vector<std::string>{"c"});
}

TEST(AreasDrugFree, UnmetListsEveryFailingCriterion) {
  auto f = quiet_commune();
  f.resident_users_not_excluded = 4;
  f.resident_violators = 2;
  f.use_points = 1;
  EXPECT_EQ(assess(f).unmet(), (std::vector<std::string>{"a", "b", "c"}));
}

// Unknown facts leave drug-free undecided, unless a known failure already decides it.
TEST(AreasDrugFree, MissingFactsAreNotZero) {
  auto f = quiet_commune();
  f.wanted_hiding = std::nullopt;
  auto a = assess(f);
  EXPECT_EQ(a.drug_free, Tri::unknown);
  EXPECT_EQ(a.undecided(), std::vector<std::string>{"b"});
  f.use_points = 3;
  a = assess(f);
  EXPECT_EQ(a.drug_free, Tri::no);
  EXPECT_EQ(a.unmet(), std::vector<std::string>{"c"});
}

TEST(AreasDrugFree, EveryCriterionCitesArticle6) {
  for (const auto& row : drug_free_criteria()) EXPECT_NE(row.source.find("Điều 6 khoản"), std::string_view::npos);
}

// Domain rule 10: share = drug-free communes / all communes; Nghệ An (130 communes) ≥ 20% in 2025.
TEST(AreasDrugFreeShare, PercentTargetRoundsUpToWholeCommunes) {
  const DrugFreeTarget twenty_percent{DrugFreeTarget::Kind::share_bp, 2000};
  auto p = drug_free_progress(25, 130, twenty_percent);
  EXPECT_EQ(p.target_communes, 26);
  EXPECT_FALSE(p.meets_target);
  EXPECT_EQ(p.communes_short, 1);
  p = drug_free_progress(26, 130, twenty_percent);
  EXPECT_TRUE(p.meets_target);
  EXPECT_EQ(p.communes_short, 0);
  EXPECT_DOUBLE_EQ(p.share_percent, 20.0);
  // 50% of 95 communes is 47.5: 48 are needed.
  EXPECT_EQ(drug_free_progress(47, 95, {DrugFreeTarget::Kind::share_bp, 5000}).communes_short, 1);
  EXPECT_TRUE(drug_free_progress(95, 95, {DrugFreeTarget::Kind::share_bp, 10000}).meets_target);
}

TEST(AreasDrugFreeShare, CountTarget) {
  const auto p = drug_free_progress(27, 27, {DrugFreeTarget::Kind::count, 27});
  EXPECT_TRUE(p.meets_target);
  EXPECT_EQ(drug_free_progress(20, 27, {DrugFreeTarget::Kind::count, 27}).communes_short, 7);
}

TEST(AreasDrugFreeShare, RejectsImpossibleFigures) {
  EXPECT_THROW(drug_free_progress(1, 0, {}), std::invalid_argument);
  EXPECT_THROW(drug_free_progress(5, 4, {}), std::invalid_argument);
  EXPECT_THROW(drug_free_progress(1, 4, {DrugFreeTarget::Kind::share_bp, 10001}), std::invalid_argument);
  EXPECT_THROW(drug_free_progress(1, 4, {DrugFreeTarget::Kind::count, 5}), std::invalid_argument);
}
