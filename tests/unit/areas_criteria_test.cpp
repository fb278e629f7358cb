// Each commune criterion of QĐ 28/2025/QĐ-TTg Điều 4 at and around its threshold, one fact at a time.
#include <gtest/gtest.h>

#include "areas_test_support.hpp"

using namespace pcmt::areas;
using namespace pcmt::areas::testing;

namespace {

// What a criterion must be under each reading of the bands (docs/classification.md, interpretation 2):
// the default, cumulative (a value above a band also meets the lower type's criterion), and the bands
// as written (literal_bands_rules()). A criterion the switch does not touch has the same value in both.
struct Expect {
  std::string_view id;
  Tri cumulative, literal;
};

// One value of a fact and what each named criterion must then be.
struct Step {
  int64_t value;
  std::vector<Expect> expect;
};

// Sets `field` of `f` to each step's value in turn and checks the criteria under both readings.
void walk(CommuneFacts f, std::optional<int64_t> CommuneFacts::*field, const std::vector<Step>& steps) {
  ASSERT_TRUE(shipped_rules().interpretation.higher_values_meet_lower_criteria);
  ASSERT_FALSE(literal_bands_rules().interpretation.higher_values_meet_lower_criteria);
  for (const auto& step : steps) {
    f.*field = step.value;
    for (const auto& e : step.expect) {
      EXPECT_EQ(criterion(f, e.id), e.cumulative) << e.id << " at " << step.value << " (default, cumulative)";
      EXPECT_EQ(criterion(f, e.id, literal_bands_rules()), e.literal) << e.id << " at " << step.value << " (literal)";
    }
  }
}

constexpr Tri yes = Tri::yes, no = Tri::no;

CommuneFacts with_population(int64_t p) {
  auto f = quiet_commune();
  f.population = p;
  return f;
}

}  // namespace

// Expectations below read {criterion, cumulative (default), literal}.

// Điều 4 khoản 1 điểm a (≥ 0,5%) and khoản 2 điểm a (0,1% to below 0,5%); 0.5% of 25,000 = 125.
// From 0.5% II.a is met only read cumulatively.
TEST(AreasCriteria, UsersRateAroundHalfPercent) {
  walk(quiet_commune(), &CommuneFacts::managed_users,
       {{124, {{"I.a", no, no}, {"II.a", yes, yes}}},  // 0.496%
        {125, {{"I.a", yes, yes}, {"II.a", yes, no}}},  // exactly 0.5%
        {126, {{"I.a", yes, yes}, {"II.a", yes, no}}}});
}

// Điều 4 khoản 2 điểm a (from 0,1%) and khoản 3 điểm a (below 0,1%); 0.1% of 25,000 = 25.
// From 0.1% III.a is met only read cumulatively.
TEST(AreasCriteria, UsersRateAroundTenthPercent) {
  walk(quiet_commune(), &CommuneFacts::managed_users,
       {{24, {{"II.a", no, no}, {"III.a", yes, yes}}},
        {25, {{"II.a", yes, yes}, {"III.a", yes, no}}},
        {26, {{"II.a", yes, yes}, {"III.a", yes, no}}}});
}

// Điều 4 khoản 1 điểm c (≥ 0,1%) and khoản 2 điểm c (0,05% to below 0,1%).
TEST(AreasCriteria, OffendersRateAroundTenthPercent) {
  walk(quiet_commune(), &CommuneFacts::arrested_offenders,
       {{24, {{"I.c", no, no}, {"II.c", yes, yes}}},
        {25, {{"I.c", yes, yes}, {"II.c", yes, no}}},
        {26, {{"I.c", yes, yes}, {"II.c", yes, no}}}});
}

// Điều 4 khoản 2 điểm c (from 0,05%) and khoản 3 điểm b (below 0,05%). 0.05% of 25,000 is 12.5;
// of 20,000 exactly 10.
TEST(AreasCriteria, OffendersRateAroundFiveHundredthsPercent) {
  walk(quiet_commune(), &CommuneFacts::arrested_offenders,
       {{12, {{"II.c", no, no}, {"III.b", yes, yes}}},    // 0.048%
        {13, {{"II.c", yes, yes}, {"III.b", yes, no}}}});  // 0.052%
  walk(with_population(20000), &CommuneFacts::arrested_offenders,
       {{9, {{"II.c", no, no}, {"III.b", yes, yes}}},
        {10, {{"II.c", yes, yes}, {"III.b", yes, no}}},
        {11, {{"II.c", yes, yes}}}});
}

// Integer comparison keeps thresholds exact where a percentage in floating point would not:
// 0.5% of 123,456,789 residents is 617,283.945 people.
TEST(AreasCriteria, RatesAreComparedExactly) {
  walk(with_population(123456789), &CommuneFacts::managed_users,
       {{617283, {{"I.a", no, no}}}, {617284, {{"I.a", yes, yes}}}});
  walk(with_population(1000000), &CommuneFacts::arrested_offenders, {{999, {{"I.c", no, no}}}, {1000, {{"I.c", yes, yes}}}});
}

// Điều 4 khoản 1 điểm b (≥ 2 points) and khoản 2 điểm b ("có 1 điểm": exactly 1 as written, 1 or more
// read cumulatively).
TEST(AreasCriteria, PointsZeroOneTwoThree) {
  walk(quiet_commune(), &CommuneFacts::use_points,
       {{0, {{"I.b", no, no}, {"II.b", no, no}}},
        {1, {{"I.b", no, no}, {"II.b", yes, yes}}},
        {2, {{"I.b", yes, yes}, {"II.b", yes, no}}},
        {3, {{"I.b", yes, yes}, {"II.b", yes, no}}}});
}

// Điều 4 khoản 2 điểm d (500 to below 3,000 plants) and khoản 3 điểm c (below 500).
TEST(AreasCriteria, PlantsAroundFiveHundred) {
  walk(quiet_commune(), &CommuneFacts::plants,
       {{499, {{"II.d", no, no}, {"III.c", yes, yes}}},
        {500, {{"II.d", yes, yes}, {"III.c", yes, no}}},
        {501, {{"II.d", yes, yes}}}});
}

// Điều 4 khoản 1 điểm d (≥ 3,000 plants) and khoản 2 điểm d (below 3,000).
TEST(AreasCriteria, PlantsAroundThreeThousand) {
  walk(quiet_commune(), &CommuneFacts::plants,
       {{2999, {{"I.d", no, no}, {"II.d", yes, yes}}},
        {3000, {{"I.d", yes, yes}, {"II.d", yes, no}}},
        {3001, {{"I.d", yes, yes}}}});
}

// Điều 4 khoản 2 điểm d (125 m² to below 750 m²) and khoản 3 điểm c (below 125 m²).
TEST(AreasCriteria, AreaAroundHundredTwentyFive) {
  walk(quiet_commune(), &CommuneFacts::plant_area_m2_x100,
       {{m2(124.99), {{"II.d", no, no}, {"III.c", yes, yes}}},
        {m2(125), {{"II.d", yes, yes}, {"III.c", yes, no}}},
        {m2(125.01), {{"II.d", yes, yes}}}});
}

// Điều 4 khoản 1 điểm d (≥ 750 m²) and khoản 2 điểm d (below 750 m²).
TEST(AreasCriteria, AreaAroundSevenHundredFifty) {
  walk(quiet_commune(), &CommuneFacts::plant_area_m2_x100,
       {{m2(749.99), {{"I.d", no, no}, {"II.d", yes, yes}}}, {m2(750), {{"I.d", yes, yes}, {"II.d", yes, no}}}});
}

// Điều 4 khoản 1 điểm d / khoản 3 điểm c: plants OR area, each side judged on its own. As written,
// 10 plants meet III.c by the count though 800 m² is far above 125 m², and II.d by neither side;
// read cumulatively, 800 m² also meets II.d.
TEST(AreasCriteria, PlantsOrAreaEitherSuffices) {
  auto f = quiet_commune();
  f.plants = 10;
  walk(f, &CommuneFacts::plant_area_m2_x100, {{m2(800), {{"I.d", yes, yes}, {"III.c", yes, yes}, {"II.d", yes, no}}}});
  f.plant_area_m2_x100 = m2(800);
  walk(f, &CommuneFacts::plants, {{0, {{"I.d", yes, yes}, {"III.c", yes, no}, {"II.d", yes, no}}}});
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
  // ... except III.a read cumulatively: a rate of 0.1% or more meets it too, so 40 users meet it whatever
  // the population. As written it needs the rate below 0.1% and stays undecided.
  EXPECT_EQ(criterion(f, "III.a"), Tri::yes);
  EXPECT_EQ(criterion(f, "III.a", literal_bands_rules()), Tri::unknown);
  EXPECT_EQ(criterion(f, "II.a", literal_bands_rules()), Tri::unknown);
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
