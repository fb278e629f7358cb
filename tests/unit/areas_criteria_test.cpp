// Each commune criterion of QĐ 28/2025/QĐ-TTg Điều 4 at and around its threshold, one fact at a time.
#include <gtest/gtest.h>

#include "areas_test_support.hpp"

using namespace pcmt::areas;
using namespace pcmt::areas::testing;

namespace {

// One value of a fact and what each named criterion must then be.
struct Step {
  int64_t value;
  std::vector<std::pair<std::string_view, Tri>> expect;
};

// Sets `field` of `f` to each step's value in turn and checks the criteria.
void walk(CommuneFacts f, std::optional<int64_t> CommuneFacts::*field, const std::vector<Step>& steps) {
  for (const auto& step : steps) {
    f.*field = step.value;
    for (const auto& [id, expected] : step.expect)
      EXPECT_EQ(criterion(f, id), expected) << id << " at " << step.value;
  }
}

constexpr Tri yes = Tri::yes, no = Tri::no;

CommuneFacts with_population(int64_t p) {
  auto f = quiet_commune();
  f.population = p;
  return f;
}

}  // namespace

// Điều 4 khoản 1 điểm a (≥ 0,5%) and khoản 2 điểm a (0,1% to below 0,5%); 0.5% of 25,000 = 125.
TEST(AreasCriteria, UsersRateAroundHalfPercent) {
  walk(quiet_commune(), &CommuneFacts::managed_users,
       {{124, {{"I.a", no}, {"II.a", yes}}},  // 0.496%
        {125, {{"I.a", yes}, {"II.a", no}}},  // exactly 0.5%
        {126, {{"I.a", yes}, {"II.a", no}}}});
}

// Điều 4 khoản 2 điểm a (from 0,1%) and khoản 3 điểm a (below 0,1%); 0.1% of 25,000 = 25.
TEST(AreasCriteria, UsersRateAroundTenthPercent) {
  walk(quiet_commune(), &CommuneFacts::managed_users,
       {{24, {{"II.a", no}, {"III.a", yes}}}, {25, {{"II.a", yes}, {"III.a", no}}}, {26, {{"II.a", yes}, {"III.a", no}}}});
}

// Điều 4 khoản 1 điểm c (≥ 0,1%) and khoản 2 điểm c (0,05% to below 0,1%).
TEST(AreasCriteria, OffendersRateAroundTenthPercent) {
  walk(quiet_commune(), &CommuneFacts::arrested_offenders,
       {{24, {{"I.c", no}, {"II.c", yes}}}, {25, {{"I.c", yes}, {"II.c", no}}}, {26, {{"I.c", yes}, {"II.c", no}}}});
}

// Điều 4 khoản 2 điểm c (from 0,05%) and khoản 3 điểm b (below 0,05%). 0.05% of 25,000 is 12.5;
// of 20,000 exactly 10.
TEST(AreasCriteria, OffendersRateAroundFiveHundredthsPercent) {
  walk(quiet_commune(), &CommuneFacts::arrested_offenders,
       {{12, {{"II.c", no}, {"III.b", yes}}},  // 0.048%
        {13, {{"II.c", yes}, {"III.b", no}}}});  // 0.052%
  walk(with_population(20000), &CommuneFacts::arrested_offenders,
       {{9, {{"II.c", no}, {"III.b", yes}}}, {10, {{"II.c", yes}, {"III.b", no}}}, {11, {{"II.c", yes}}}});
}

// Integer comparison keeps thresholds exact where a percentage in floating point would not:
// 0.5% of 123,456,789 residents is 617,283.945 people.
TEST(AreasCriteria, RatesAreComparedExactly) {
  walk(with_population(123456789), &CommuneFacts::managed_users, {{617283, {{"I.a", no}}}, {617284, {{"I.a", yes}}}});
  walk(with_population(1000000), &CommuneFacts::arrested_offenders, {{999, {{"I.c", no}}}, {1000, {{"I.c", yes}}}});
}

// Điều 4 khoản 1 điểm b (≥ 2 points) and khoản 2 điểm b (exactly 1 point).
TEST(AreasCriteria, PointsZeroOneTwoThree) {
  walk(quiet_commune(), &CommuneFacts::use_points,
       {{0, {{"I.b", no}, {"II.b", no}}},
        {1, {{"I.b", no}, {"II.b", yes}}},
        {2, {{"I.b", yes}, {"II.b", no}}},
        {3, {{"I.b", yes}, {"II.b", no}}}});
}

// Điều 4 khoản 2 điểm d (500 to below 3,000 plants) and khoản 3 điểm c (below 500).
TEST(AreasCriteria, PlantsAroundFiveHundred) {
  walk(quiet_commune(), &CommuneFacts::plants,
       {{499, {{"II.d", no}, {"III.c", yes}}}, {500, {{"II.d", yes}, {"III.c", no}}}, {501, {{"II.d", yes}}}});
}

// Điều 4 khoản 1 điểm d (≥ 3,000 plants) and khoản 2 điểm d (below 3,000).
TEST(AreasCriteria, PlantsAroundThreeThousand) {
  walk(quiet_commune(), &CommuneFacts::plants,
       {{2999, {{"I.d", no}, {"II.d", yes}}}, {3000, {{"I.d", yes}, {"II.d", no}}}, {3001, {{"I.d", yes}}}});
}

// Điều 4 khoản 2 điểm d (125 m² to below 750 m²) and khoản 3 điểm c (below 125 m²).
TEST(AreasCriteria, AreaAroundHundredTwentyFive) {
  walk(quiet_commune(), &CommuneFacts::plant_area_m2_x100,
       {{m2(124.99), {{"II.d", no}, {"III.c", yes}}},
        {m2(125), {{"II.d", yes}, {"III.c", no}}},
        {m2(125.01), {{"II.d", yes}}}});
}

// Điều 4 khoản 1 điểm d (≥ 750 m²) and khoản 2 điểm d (below 750 m²).
TEST(AreasCriteria, AreaAroundSevenHundredFifty) {
  walk(quiet_commune(), &CommuneFacts::plant_area_m2_x100,
       {{m2(749.99), {{"I.d", no}, {"II.d", yes}}}, {m2(750), {{"I.d", yes}, {"II.d", no}}}});
}

// Điều 4 khoản 1 điểm d / khoản 3 điểm c: plants OR area, each side judged on its own.
TEST(AreasCriteria, PlantsOrAreaEitherSuffices) {
  auto f = quiet_commune();
  f.plants = 10;
  walk(f, &CommuneFacts::plant_area_m2_x100, {{m2(800), {{"I.d", yes}, {"III.c", yes}, {"II.d", no}}}});
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
