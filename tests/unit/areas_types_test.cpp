// A commune's type under QĐ 28/2025/QĐ-TTg Điều 4 (3 of 5, 3 of 5, 1 of 3), the interpretation
// switches of the rule pack, the drug-free override and insufficient data.
#include <gtest/gtest.h>

#include "areas_test_support.hpp"

using namespace pcmt::areas;
using namespace pcmt::areas::testing;

namespace {
// Type I base criteria one by one, on a commune of 25,000 residents.
void meet_I_a(CommuneFacts& f) { f.managed_users = 125; }
void meet_I_b(CommuneFacts& f) { f.use_points = 2; }
void meet_I_c(CommuneFacts& f) { f.arrested_offenders = 25; }
void meet_I_d(CommuneFacts& f) { f.plants = 3000; }
void meet_II_a(CommuneFacts& f) { f.managed_users = 50; }
void meet_II_b(CommuneFacts& f) { f.use_points = 1; }
void meet_II_c(CommuneFacts& f) { f.arrested_offenders = 15; }
void meet_II_d(CommuneFacts& f) { f.plants = 600; }
}  // namespace

// Điều 4 khoản 1: "có ít nhất 3 trong các tiêu chí".
TEST(AreasTypes, TypeINeedsThreeOfFive) {
  auto f = quiet_commune();
  meet_I_a(f);
  meet_I_b(f);
  EXPECT_NE(type_of(f), KeyType::I);
  meet_I_d(f);
  EXPECT_EQ(type_of(f), KeyType::I);
  meet_I_c(f);
  EXPECT_EQ(type_of(f), KeyType::I);
}

// Điều 4 khoản 1 điểm đ counts as one of the three.
TEST(AreasTypes, TypeIWithTheRouteCriterion) {
  auto f = quiet_commune();
  meet_I_b(f);
  meet_I_d(f);
  meet_II_a(f);
  meet_II_c(f);
  f.on_route = false;
  EXPECT_NE(type_of(f), KeyType::I);
  f.on_route = true;  // I.b + I.d + I.đ (II.a, II.c on the route)
  EXPECT_EQ(type_of(f), KeyType::I);
}

// Điều 4 khoản 2: "có ít nhất 3 trong các tiêu chí".
TEST(AreasTypes, TypeIINeedsThreeOfFive) {
  const auto& literal = literal_bands_rules();
  auto f = quiet_commune();
  meet_II_a(f);
  meet_II_b(f);
  EXPECT_EQ(type_of(f), KeyType::III) << "two type II criteria only; read cumulatively 0.2% users meets III.a";
  EXPECT_EQ(type_of(f, literal), KeyType::none) << "two type II criteria only; 0.2% users is not below 0.1%";
  meet_II_d(f);
  EXPECT_EQ(type_of(f), KeyType::II);
  EXPECT_EQ(type_of(f, literal), KeyType::II);
  meet_II_c(f);
  EXPECT_EQ(type_of(f), KeyType::II);
  EXPECT_EQ(type_of(f, literal), KeyType::II);
}

// Điều 4 khoản 2 điểm đ: two type III criteria on a route make the third type II criterion.
TEST(AreasTypes, TypeIIWithTheRouteCriterion) {
  auto f = quiet_commune();
  meet_II_b(f);
  meet_II_d(f);
  f.managed_users = 5;       // III.a
  f.arrested_offenders = 2;  // III.b
  f.on_route = false;
  EXPECT_EQ(type_of(f), KeyType::III);
  f.on_route = true;
  EXPECT_EQ(type_of(f), KeyType::II);
}

// Điều 4 khoản 3: "có ít nhất 1 trong các tiêu chí".
TEST(AreasTypes, TypeIIINeedsOneOfThree) {
  auto f = quiet_commune();
  f.resident_violators = 1;  // not drug-free, so the type is not overridden
  EXPECT_EQ(type_of(f), KeyType::none);
  f.plants = 20;  // III.c
  EXPECT_EQ(type_of(f), KeyType::III);
  f.plants = 0;
  f.arrested_offenders = 1;  // III.b
  EXPECT_EQ(type_of(f), KeyType::III);
}

// Interpretation switch: do zero values satisfy the "below" criteria of type III? Default no.
TEST(AreasTypes, TypeIIIZeroValuesDoNotCountByDefault) {
  const auto f = quiet_commune();  // no users, no arrests, no plants
  EXPECT_FALSE(shipped_rules().interpretation.type_III_counts_zero_values);
  EXPECT_EQ(criterion(f, "III.a"), Tri::no);
  EXPECT_EQ(criterion(f, "III.b"), Tri::no);
  EXPECT_EQ(criterion(f, "III.c"), Tri::no);
  EXPECT_EQ(type_of(f), KeyType::none);
}

TEST(AreasTypes, TypeIIIZeroValuesCountWhenThePackSaysSo) {
  auto pack = shipped_pack();
  pack.set("interpretation.type_III_counts_zero_values", true);
  const auto literal = AreaRules::from_pack(pack);
  auto f = quiet_commune();
  f.resident_violators = 1;  // not drug-free, so the type is not overridden
  EXPECT_EQ(criterion(f, "III.a", literal), Tri::yes);
  EXPECT_EQ(criterion(f, "III.b", literal), Tri::yes);
  EXPECT_EQ(criterion(f, "III.c", literal), Tri::yes);
  EXPECT_EQ(type_of(f, literal), KeyType::III);
  // With zero values counting, a commune on a route with nothing at all meets II.đ.
  f.on_route = true;
  EXPECT_EQ(criterion(f, "II.đ", literal), Tri::yes);
}

// Cumulative bands (default): a value above a band also meets the lower type's criterion, so 0.6%
// users and 2 points meet I.a, I.b, II.a, II.b and III.a. Read literally, the same commune meets two
// type I criteria and nothing else, and has no type at all — the reason the default is cumulative.
TEST(AreasTypes, BandsAreCumulativeByDefaultAndLiteralOnRequest) {
  auto f = quiet_commune();
  f.managed_users = 150;  // 0.6%
  f.use_points = 2;
  f.resident_violators = 1;
  EXPECT_EQ(criterion(f, "II.a"), Tri::yes);
  EXPECT_EQ(criterion(f, "II.b"), Tri::yes);
  EXPECT_EQ(criterion(f, "III.a"), Tri::yes);
  EXPECT_EQ(criterion(f, "III.b"), Tri::no) << "still needs an arrest";
  EXPECT_EQ(type_of(f), KeyType::III);
  auto pack = shipped_pack();
  pack.set("interpretation.higher_values_meet_lower_criteria", false);
  const auto literal = AreaRules::from_pack(pack);
  EXPECT_EQ(criterion(f, "II.a", literal), Tri::no);
  EXPECT_EQ(type_of(f, literal), KeyType::none);
  f.plants = 3000;  // I.d, and II.d read cumulatively
  EXPECT_EQ(type_of(f), KeyType::I);
}

// Interpretation: when a commune qualifies for two types the pack's precedence decides
// (default I > II > III). II.a, II.b, II.c with plants in the type III band qualify for II and III.
TEST(AreasTypes, PrecedenceDecidesOverlaps) {
  auto f = quiet_commune();
  meet_II_a(f);
  meet_II_b(f);
  meet_II_c(f);
  f.plants = 100;  // III.c
  EXPECT_EQ(type_of(f), KeyType::II);
  auto pack = shipped_pack();
  pack.set("interpretation.type_precedence", boost::json::array{"III", "II", "I"});
  EXPECT_EQ(type_of(f, AreaRules::from_pack(pack)), KeyType::III);
}

// Interpretation: a drug-free commune (Điều 6) carries no key type. Five managed users all in
// substitution treatment meet III.a but do not stop the commune being drug-free.
TEST(AreasTypes, DrugFreeCommuneCarriesNoKeyTypeByDefault) {
  auto f = quiet_commune();
  f.managed_users = 5;
  f.resident_users_not_excluded = 0;
  const auto c = classify_commune(f, shipped_rules());
  EXPECT_EQ(c.drug_free.drug_free, Tri::yes);
  EXPECT_EQ(criterion(f, "III.a"), Tri::yes);
  EXPECT_EQ(c.type, KeyType::none);
  auto pack = shipped_pack();
  pack.set("interpretation.drug_free_excludes_key_type", false);
  EXPECT_EQ(type_of(f, AreaRules::from_pack(pack)), KeyType::III);
}

// Missing data gives a distinct "insufficient data" outcome naming the facts, never a zero. Without
// the population, 40 managed users may be 0.1% or more (II.a, which with II.b and II.d makes type II)
// or less; as written they may also be 0.5% or more, which meets no type II or III criterion.
TEST(AreasTypes, InsufficientDataNamesTheMissingFacts) {
  auto f = quiet_commune();
  f.population = std::nullopt;
  f.managed_users = 40;
  f.resident_users_not_excluded = 3;
  meet_II_b(f);
  meet_II_d(f);
  auto c = classify_commune(f, shipped_rules());
  EXPECT_FALSE(c.type.has_value());
  EXPECT_EQ(c.possible_types, (std::vector<KeyType>{KeyType::II, KeyType::III}));
  EXPECT_EQ(c.missing, std::vector<std::string>{"population"});
  EXPECT_FALSE(c.users_rate_percent.has_value());
  c = classify_commune(f, literal_bands_rules());
  EXPECT_FALSE(c.type.has_value());
  EXPECT_EQ(c.possible_types, (std::vector<KeyType>{KeyType::II, KeyType::III, KeyType::none}));
  EXPECT_EQ(c.missing, std::vector<std::string>{"population"});
  // With the users alone, the population decides only as written (below 0.1%: III.a); read
  // cumulatively 40 users meet III.a whatever it is, and the type is decided though a fact is missing.
  f.use_points = 0;
  f.plants = 0;
  c = classify_commune(f, literal_bands_rules());
  EXPECT_FALSE(c.type.has_value());
  EXPECT_EQ(c.possible_types, (std::vector<KeyType>{KeyType::III, KeyType::none}));
  c = classify_commune(f, shipped_rules());
  EXPECT_EQ(c.type, KeyType::III);
  EXPECT_EQ(c.missing, std::vector<std::string>{"population"});
}

// Without the population, 200 managed users could be 0.5% or more (I.a, and with I.b and I.d
// type I), 0.1% to 0.5% or below 0.1%. Read cumulatively, 2 points and 3,000 plants also meet II.b
// and II.d, so 0.1% to 0.5% (II.a) is type II and below 0.1% type III (III.a). As written they meet
// no type II criterion: 0.1% to 0.5% is II.a alone (no type), below 0.1% III.a (type III).
TEST(AreasTypes, InsufficientDataListsEveryTypeStillPossible) {
  const auto& literal = literal_bands_rules();
  auto f = quiet_commune();
  meet_I_b(f);
  meet_I_d(f);
  f.population = std::nullopt;
  f.managed_users = 200;
  f.resident_users_not_excluded = 200;
  auto c = classify_commune(f, shipped_rules());
  EXPECT_FALSE(c.type.has_value());
  EXPECT_EQ(c.possible_types, (std::vector<KeyType>{KeyType::I, KeyType::II, KeyType::III}));
  EXPECT_EQ(c.is_type_I_or_II(), Tri::unknown);
  c = classify_commune(f, literal);
  EXPECT_FALSE(c.type.has_value());
  EXPECT_EQ(c.possible_types, (std::vector<KeyType>{KeyType::I, KeyType::III, KeyType::none}));
  EXPECT_EQ(c.is_type_I_or_II(), Tri::unknown);
  f.population = 40000;  // exactly 0.5%
  EXPECT_EQ(type_of(f), KeyType::I);
  EXPECT_EQ(type_of(f, literal), KeyType::I);
  f.population = 100000;  // 0.2%
  EXPECT_EQ(type_of(f), KeyType::II);
  EXPECT_EQ(type_of(f, literal), KeyType::none);
  f.population = 200001;  // just below 0.1%
  EXPECT_EQ(type_of(f), KeyType::III);
  EXPECT_EQ(type_of(f, literal), KeyType::III);
}

// A missing fact that cannot change the outcome leaves the type decided, but is still reported.
TEST(AreasTypes, DecidedDespiteAMissingFact) {
  auto f = quiet_commune();
  meet_I_a(f);
  meet_I_b(f);
  meet_I_d(f);
  f.plant_area_m2_x100 = std::nullopt;
  f.on_route = std::nullopt;
  const auto c = classify_commune(f, shipped_rules());
  EXPECT_EQ(c.type, KeyType::I);
  EXPECT_EQ(c.missing, (std::vector<std::string>{"plant_area_m2", "on_route"}));
  EXPECT_EQ(c.is_type_I_or_II(), Tri::yes);
}

// Every row of the criteria table cites its article.
TEST(AreasTypes, EveryCriterionCitesItsArticle) {
  for (const auto& row : commune_criteria()) {
    EXPECT_NE(row.source.find("QĐ 28/2025/QĐ-TTg Điều 4 khoản"), std::string_view::npos) << row.id;
    EXPECT_NE(row.source.find("điểm"), std::string_view::npos) << row.id;
  }
  EXPECT_EQ(commune_criteria().size(), kCommuneCriteriaCount);
}
