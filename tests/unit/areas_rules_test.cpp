// The QĐ 28/2025/QĐ-TTg rule pack: the values of the text, their sources, and malformed packs.
#include <gtest/gtest.h>

#include "areas_test_support.hpp"

using namespace pcmt::areas;
using namespace pcmt::areas::testing;
using pcmt::rules::RuleBook;
using pcmt::rules::RulePack;

TEST(AreasRules, PackIsEffectiveFromSigningWithNoEnd) {
  const auto& p = shipped_pack();
  EXPECT_EQ(p.id(), "qd-28-2025");
  EXPECT_EQ(p.topic(), "areas");
  EXPECT_EQ(p.effective_from(), "2025-08-24");  // Điều 8: in force from signing, 24/8/2025
  EXPECT_FALSE(p.effective_to().has_value());
}

TEST(AreasRules, ThresholdsAreThoseOfTheText) {
  const auto& r = shipped_rules();
  EXPECT_EQ(r.commune.type_I_min_criteria, 3);
  EXPECT_EQ(r.commune.type_II_min_criteria, 3);
  EXPECT_EQ(r.commune.type_III_min_criteria, 1);
  EXPECT_EQ(r.commune.I_users_rate_min_bp, 50);       // 0,5%
  EXPECT_EQ(r.commune.I_points_min, 2);
  EXPECT_EQ(r.commune.I_offenders_rate_min_bp, 10);   // 0,1%
  EXPECT_EQ(r.commune.I_plants_min, 3000);
  EXPECT_EQ(r.commune.I_area_min_x100, 750 * 100);
  EXPECT_EQ(r.commune.II_users_rate_min_bp, 10);
  EXPECT_EQ(r.commune.II_offenders_rate_min_bp, 5);   // 0,05%
  EXPECT_EQ(r.commune.II_plants_min, 500);
  EXPECT_EQ(r.commune.II_area_min_x100, 125 * 100);
  EXPECT_EQ(r.province.min_criteria, 4);
  EXPECT_EQ(r.province.users_rate_min_bp, 20);        // 0,2%
  EXPECT_EQ(r.province.points_min, 5);
  EXPECT_EQ(r.province.offenders_rate_min_bp, 5);     // 0,05%
  EXPECT_EQ(r.province.key_commune_share_min_bp, 300);  // 3%
  EXPECT_EQ(r.province.plants_min, 8000);
  EXPECT_EQ(r.province.area_min_x100, 2000 * 100);
  EXPECT_EQ(r.calendar.window_start, (MonthDay{12, 15}));
  EXPECT_EQ(r.calendar.window_end, (MonthDay{12, 14}));
  EXPECT_EQ(r.calendar.report_before, (MonthDay{12, 20}));
  EXPECT_EQ(r.calendar.approval_before, (MonthDay{12, 30}));
  EXPECT_FALSE(r.interpretation.type_III_counts_zero_values);
  EXPECT_TRUE(r.interpretation.higher_values_meet_lower_criteria);
  EXPECT_TRUE(r.interpretation.drug_free_excludes_key_type);
  EXPECT_EQ(r.interpretation.type_precedence, (std::array{KeyType::I, KeyType::II, KeyType::III}));
}

TEST(AreasRules, EveryParamCitesTheDecision) {
  for (const auto& [name, param] : shipped_pack().params()) {
    const std::string source = shipped_pack().source(name);
    EXPECT_NE(source.find("QĐ 28/2025/QĐ-TTg Điều"), std::string::npos) << name;
  }
}

TEST(AreasRules, ThePackGoverningAYearIsTheOneInForceAtItsEnd) {
  const auto book = RuleBook::embedded();
  EXPECT_EQ(areas_pack_for_year(book, 2025).id(), "qd-28-2025");  // window ends 14/12/2025
  EXPECT_EQ(areas_pack_for_year(book, 2030).id(), "qd-28-2025");
  EXPECT_THROW(areas_pack_for_year(book, 2024), std::out_of_range);  // ends 14/12/2024, before the decision
}

TEST(AreasRules, MalformedPacksAreRejected) {
  auto precedence = shipped_pack();
  precedence.set("interpretation.type_precedence", boost::json::array{"I", "I", "III"});
  EXPECT_THROW(AreaRules::from_pack(precedence), std::invalid_argument);

  auto gap = shipped_pack();  // 15/12 → 13/12 would leave 14/12 in no window
  gap.set("evaluation.window_end", boost::json::object{{"month", 12}, {"day", 13}});
  EXPECT_THROW(AreaRules::from_pack(gap), std::invalid_argument);

  auto leap = shipped_pack();
  leap.set("evaluation.window_start", boost::json::object{{"month", 2}, {"day", 29}});
  EXPECT_THROW(AreaRules::from_pack(leap), std::invalid_argument);

  auto fraction = shipped_pack();
  fraction.set("commune.I.b.points_min", 1.5);
  EXPECT_THROW(AreaRules::from_pack(fraction), std::invalid_argument);

  auto negative = shipped_pack();
  negative.set("commune.I.a.users_rate_min_bp", -1);
  EXPECT_THROW(AreaRules::from_pack(negative), std::invalid_argument);

  auto flag = shipped_pack();
  flag.set("interpretation.drug_free_excludes_key_type", "yes");
  EXPECT_THROW(AreaRules::from_pack(flag), std::invalid_argument);
}

TEST(AreasRules, AnUnknownValueIsNeverGuessed) {
  auto params = shipped_pack().params();
  params["commune.I.b.points_min"].as_object()["value"] = nullptr;
  params["commune.I.b.points_min"].as_object()["unknown"] = true;
  const boost::json::object doc{{"id", "x"}, {"topic", "areas"}, {"title", "x"}, {"effective_from", "2025-08-24"},
                                {"params", params}};
  EXPECT_THROW(AreaRules::from_pack(RulePack::from_json(boost::json::serialize(doc))), pcmt::rules::UnknownRuleValue);
}

// A new window calendar in the pack moves the whole evaluation with it (rules are data).
TEST(AreasRules, TheCalendarComesFromThePack) {
  auto pack = shipped_pack();
  pack.set("evaluation.window_start", boost::json::object{{"month", 1}, {"day", 1}});
  pack.set("evaluation.window_end", boost::json::object{{"month", 12}, {"day", 31}});
  const auto r = AreaRules::from_pack(pack);
  EXPECT_EQ(r.calendar.window_start, (MonthDay{1, 1}));
}
