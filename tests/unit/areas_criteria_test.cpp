// Each commune criterion of QĐ 28/2025/QĐ-TTg Điều 4 at and around its threshold, one fact at a time.
#include <gtest/gtest.h>

#include "areas_test_support.hpp"

using namespace pcmt::areas;
using namespace pcmt::areas::testing;

// Điều 4 khoản 1 điểm a (≥ 0,5%) and khoản 2 điểm a (0,1% to below 0,5%); 0.5% of 25,000 = 125.
TEST(AreasCriteria, UsersRateAroundHalfPercent) {
  auto f = quiet_commune();
  f.managed_users = 124;  // 0.496%
  EXPECT_EQ(criterion(f, "I.a"), Tri::no);
  EXPECT_EQ(criterion(f, "II.a"), Tri::yes);
  f.managed_users = 125;  // exactly 0.5%
  EXPECT_EQ(criterion(f, "I.a"), Tri::yes);
  EXPECT_EQ(criterion(f, "II.a"), Tri::no);
  f.managed_users = 126;
  EXPECT_EQ(criterion(f, "I.a"), Tri::yes);
  EXPECT_EQ(criterion(f, "II.a"), Tri::no);
}

// Điều 4 khoản 2 điểm a (from 0,1%) and khoản 3 điểm a (below 0,1%); 0.1% of 25,000 = 25.
TEST(AreasCriteria, UsersRateAroundTenthPercent) {
  auto f = quiet_commune();
  f.managed_users = 24;
  EXPECT_EQ(criterion(f, "II.a"), Tri::no);
  EXPECT_EQ(criterion(f, "III.a"), Tri::yes);
  f.managed_users = 25;
  EXPECT_EQ(criterion(f, "II.a"), Tri::yes);
  EXPECT_EQ(criterion(f, "III.a"), Tri::no);
  f.managed_users = 26;
  EXPECT_EQ(criterion(f, "II.a"), Tri::yes);
  EXPECT_EQ(criterion(f, "III.a"), Tri::no);
}

// Điều 4 khoản 1 điểm c (≥ 0,1%) and khoản 2 điểm c (0,05% to below 0,1%).
TEST(AreasCriteria, OffendersRateAroundTenthPercent) {
  auto f = quiet_commune();
  f.arrested_offenders = 24;
  EXPECT_EQ(criterion(f, "I.c"), Tri::no);
  EXPECT_EQ(criterion(f, "II.c"), Tri::yes);
  f.arrested_offenders = 25;
  EXPECT_EQ(criterion(f, "I.c"), Tri::yes);
  EXPECT_EQ(criterion(f, "II.c"), Tri::no);
  f.arrested_offenders = 26;
  EXPECT_EQ(criterion(f, "I.c"), Tri::yes);
}

// Điều 4 khoản 2 điểm c (from 0,05%) and khoản 3 điểm b (below 0,05%). 0.05% of 25,000 is 12.5;
// of 20,000 exactly 10.
TEST(AreasCriteria, OffendersRateAroundFiveHundredthsPercent) {
  auto f = quiet_commune();
  f.arrested_offenders = 12;  // 0.048%
  EXPECT_EQ(criterion(f, "II.c"), Tri::no);
  EXPECT_EQ(criterion(f, "III.b"), Tri::yes);
  f.arrested_offenders = 13;  // 0.052%
  EXPECT_EQ(criterion(f, "II.c"), Tri::yes);
  EXPECT_EQ(criterion(f, "III.b"), Tri::no);
  f.population = 20000;
  f.arrested_offenders = 9;
  EXPECT_EQ(criterion(f, "II.c"), Tri::no);
  EXPECT_EQ(criterion(f, "III.b"), Tri::yes);
  f.arrested_offenders = 10;  // exactly 0.05%
  EXPECT_EQ(criterion(f, "II.c"), Tri::yes);
  EXPECT_EQ(criterion(f, "III.b"), Tri::no);
  f.arrested_offenders = 11;
  EXPECT_EQ(criterion(f, "II.c"), Tri::yes);
}

// Integer comparison keeps thresholds exact where a percentage in floating point would not:
// 0.5% of 123,456,789 residents is 617,283.945 people.
TEST(AreasCriteria, RatesAreComparedExactly) {
  auto f = quiet_commune();
  f.population = 123456789;
  f.managed_users = 617283;
  EXPECT_EQ(criterion(f, "I.a"), Tri::no);
  f.managed_users = 617284;
  EXPECT_EQ(criterion(f, "I.a"), Tri::yes);
  f.population = 1000000;  // 0.1% = 1000 exactly
  f.arrested_offenders = 999;
  EXPECT_EQ(criterion(f, "I.c"), Tri::no);
  f.arrested_offenders = 1000;
  EXPECT_EQ(criterion(f, "I.c"), Tri::yes);
}

// Điều 4 khoản 1 điểm b (≥ 2 points) and khoản 2 điểm b (exactly 1 point).
TEST(AreasCriteria, PointsZeroOneTwoThree) {
  auto f = quiet_commune();
  f.use_points = 0;
  EXPECT_EQ(criterion(f, "I.b"), Tri::no);
  EXPECT_EQ(criterion(f, "II.b"), Tri::no);
  f.use_points = 1;
  EXPECT_EQ(criterion(f, "I.b"), Tri::no);
  EXPECT_EQ(criterion(f, "II.b"), Tri::yes);
  f.use_points = 2;
  EXPECT_EQ(criterion(f, "I.b"), Tri::yes);
  EXPECT_EQ(criterion(f, "II.b"), Tri::no);
  f.use_points = 3;
  EXPECT_EQ(criterion(f, "I.b"), Tri::yes);
  EXPECT_EQ(criterion(f, "II.b"), Tri::no);
}

// Điều 4 khoản 2 điểm d (500 to below 3,000 plants) and khoản 3 điểm c (below 500).
TEST(AreasCriteria, PlantsAroundFiveHundred) {
  auto f = quiet_commune();
  f.plants = 499;
  EXPECT_EQ(criterion(f, "II.d"), Tri::no);
  EXPECT_EQ(criterion(f, "III.c"), Tri::yes);
  f.plants = 500;
  EXPECT_EQ(criterion(f, "II.d"), Tri::yes);
  EXPECT_EQ(criterion(f, "III.c"), Tri::no);
  f.plants = 501;
  EXPECT_EQ(criterion(f, "II.d"), Tri::yes);
}

// Điều 4 khoản 1 điểm d (≥ 3,000 plants) and khoản 2 điểm d (below 3,000).
TEST(AreasCriteria, PlantsAroundThreeThousand) {
  auto f = quiet_commune();
  f.plants = 2999;
  EXPECT_EQ(criterion(f, "I.d"), Tri::no);
  EXPECT_EQ(criterion(f, "II.d"), Tri::yes);
  f.plants = 3000;
  EXPECT_EQ(criterion(f, "I.d"), Tri::yes);
  EXPECT_EQ(criterion(f, "II.d"), Tri::no);
  f.plants = 3001;
  EXPECT_EQ(criterion(f, "I.d"), Tri::yes);
}

// Điều 4 khoản 2 điểm d (125 m² to below 750 m²) and khoản 3 điểm c (below 125 m²).
TEST(AreasCriteria, AreaAroundHundredTwentyFive) {
  auto f = quiet_commune();
  f.plant_area_m2_x100 = m2(124.99);
  EXPECT_EQ(criterion(f, "II.d"), Tri::no);
  EXPECT_EQ(criterion(f, "III.c"), Tri::yes);
  f.plant_area_m2_x100 = m2(125);
  EXPECT_EQ(criterion(f, "II.d"), Tri::yes);
  EXPECT_EQ(criterion(f, "III.c"), Tri::no);
  f.plant_area_m2_x100 = m2(125.01);
  EXPECT_EQ(criterion(f, "II.d"), Tri::yes);
}

// Điều 4 khoản 1 điểm d (≥ 750 m²) and khoản 2 điểm d (below 750 m²).
TEST(AreasCriteria, AreaAroundSevenHundredFifty) {
  auto f = quiet_commune();
  f.plant_area_m2_x100 = m2(749.99);
  EXPECT_EQ(criterion(f, "I.d"), Tri::no);
  EXPECT_EQ(criterion(f, "II.d"), Tri::yes);
  f.plant_area_m2_x100 = m2(750);
  EXPECT_EQ(criterion(f, "I.d"), Tri::yes);
  EXPECT_EQ(criterion(f, "II.d"), Tri::no);
}

// Điều 4 khoản 1 điểm d / khoản 3 điểm c: plants OR area, each side judged on its own.
TEST(AreasCriteria, PlantsOrAreaEitherSuffices) {
  auto f = quiet_commune();
  f.plants = 10;
  f.plant_area_m2_x100 = m2(800);
  EXPECT_EQ(criterion(f, "I.d"), Tri::yes);    // by area
  EXPECT_EQ(criterion(f, "III.c"), Tri::yes);  // by plant count
  EXPECT_EQ(criterion(f, "II.d"), Tri::no);
}

namespace {
// Two type II base criteria (II.a users 0.2%, II.c offenders 0.06%) and nothing else of type I/II.
CommuneFacts two_type_II_criteria(std::optional<bool> on_route) {
  auto f = quiet_commune();
  f.managed_users = 50;
  f.arrested_offenders = 15;
  f.on_route = on_route;
  return f;
}
}  // namespace

// Điều 4 khoản 1 điểm đ: at least 2 type II criteria AND on an intra- or inter-provincial key route.
TEST(AreasCriteria, TypeIRouteCriterionCombinations) {
  EXPECT_EQ(criterion(two_type_II_criteria(true), "I.đ"), Tri::yes);
  EXPECT_EQ(criterion(two_type_II_criteria(false), "I.đ"), Tri::no);
  EXPECT_EQ(criterion(two_type_II_criteria(std::nullopt), "I.đ"), Tri::unknown);
  auto one = two_type_II_criteria(true);
  one.arrested_offenders = 0;  // only II.a left
  EXPECT_EQ(criterion(one, "I.đ"), Tri::no);
  one.use_points = 1;  // II.b makes two again
  EXPECT_EQ(criterion(one, "I.đ"), Tri::yes);
  one.on_route = std::nullopt;
  one.use_points = 0;  // fewer than 2 whatever the route: decided without it
  EXPECT_EQ(criterion(one, "I.đ"), Tri::no);
}

// Điều 4 khoản 2 điểm đ: at least 2 type III criteria AND on a key route.
TEST(AreasCriteria, TypeIIRouteCriterionCombinations) {
  auto f = quiet_commune();
  f.managed_users = 5;      // III.a (0.02%)
  f.arrested_offenders = 2;  // III.b (0.008%)
  f.on_route = true;
  EXPECT_EQ(criterion(f, "II.đ"), Tri::yes);
  f.on_route = false;
  EXPECT_EQ(criterion(f, "II.đ"), Tri::no);
  f.on_route = true;
  f.arrested_offenders = 0;  // only III.a
  EXPECT_EQ(criterion(f, "II.đ"), Tri::no);
  f.plants = 100;  // III.c
  EXPECT_EQ(criterion(f, "II.đ"), Tri::yes);
}

// II.đ (a route criterion) is not one of the type II criteria I.đ counts: it would count the route twice.
TEST(AreasCriteria, TypeIRouteCriterionCountsOnlyBaseTypeIICriteria) {
  auto f = quiet_commune();
  f.managed_users = 5;
  f.arrested_offenders = 2;
  f.use_points = 1;  // II.b, plus II.đ from III.a + III.b on the route
  f.on_route = true;
  ASSERT_EQ(criterion(f, "II.đ"), Tri::yes);
  EXPECT_EQ(criterion(f, "I.đ"), Tri::no);
}

// Missing data is never zero: a positive count over an unknown population is undecided ...
TEST(AreasCriteria, UnknownPopulationLeavesRatesUndecided) {
  auto f = quiet_commune();
  f.population = std::nullopt;
  f.managed_users = 40;
  EXPECT_EQ(criterion(f, "I.a"), Tri::unknown);
  EXPECT_EQ(criterion(f, "II.a"), Tri::unknown);
  EXPECT_EQ(criterion(f, "III.a"), Tri::unknown);
  // ... while a zero count is a 0% rate whatever the population.
  EXPECT_EQ(criterion(f, "I.c"), Tri::no);
  EXPECT_EQ(criterion(f, "II.c"), Tri::no);
  f.population = 0;  // e.g. an uninhabited special zone: no rate can be computed
  EXPECT_EQ(criterion(f, "I.a"), Tri::unknown);
}

TEST(AreasCriteria, UnknownCountsLeaveTheirCriteriaUndecided) {
  auto f = quiet_commune();
  f.use_points = std::nullopt;
  f.plants = std::nullopt;
  EXPECT_EQ(criterion(f, "I.b"), Tri::unknown);
  EXPECT_EQ(criterion(f, "II.b"), Tri::unknown);
  EXPECT_EQ(criterion(f, "I.d"), Tri::unknown);  // area 0 and plants unknown: (unknown OR no)
  f.plant_area_m2_x100 = m2(750);
  EXPECT_EQ(criterion(f, "I.d"), Tri::yes);  // the area alone decides it
}
