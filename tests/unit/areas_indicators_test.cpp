// The plan indicators' arithmetic at every boundary: +5% exactly is met, 90% exactly is not
// "> 90%", 100% eliminated, −5% retail points, no re-formed point, all border communes drug-free;
// a previous year of 0 or no case at all is "no data", never a percentage.
#include <gtest/gtest.h>

#include "areas_test_support.hpp"
#include "core/areas/indicators.hpp"

using namespace pcmt::areas;

namespace {

const IndicatorTargets& shipped() {
  static const pcmt::rules::RuleBook book = pcmt::rules::RuleBook::embedded();
  static const IndicatorTargets t = default_targets(book, "2025-12-14");
  return t;
}

int64_t target(IndicatorId id) { return shipped().at(static_cast<size_t>(id)).value; }

Tri judge(IndicatorId id, IndicatorCounts c) { return evaluate(spec_of(id), c, target(id)).met; }

IndicatorCounts cases(int64_t current, int64_t previous, int64_t resolved = 0) {
  IndicatorCounts c;
  c.cases = current, c.cases_previous = previous, c.cases_resolved = resolved;
  return c;
}

}  // namespace

TEST(AreasIndicators, DefaultsComeFromTheShippedPackWithTheirSource) {
  EXPECT_EQ(target(IndicatorId::cases_change), 500);
  EXPECT_EQ(target(IndicatorId::cases_resolved), 9000);
  EXPECT_EQ(target(IndicatorId::points_eliminated), 10000);
  EXPECT_EQ(target(IndicatorId::retail_change), -500);
  EXPECT_EQ(target(IndicatorId::reformed_points), 0);
  EXPECT_EQ(target(IndicatorId::border_drug_free), 10000);
  EXPECT_NE(shipped()[static_cast<size_t>(IndicatorId::reformed_points)].source.find("594/KH-UBND"), std::string::npos);
  EXPECT_EQ(shipped()[0].source.rfind("plan-indicators-2025: ", 0), 0u);
}

TEST(AreasIndicators, NoPackBeforeThePlansIsAnError) {
  const auto book = pcmt::rules::RuleBook::embedded();
  EXPECT_THROW(default_targets(book, "2024-12-14"), std::out_of_range);
}

TEST(AreasIndicators, SpecsAreInIdOrderAndFoundByCode) {
  for (size_t i = 0; i < kIndicatorCount; ++i) {
    const auto& s = indicator_specs()[i];
    EXPECT_EQ(static_cast<size_t>(s.id), i);
    EXPECT_EQ(find_indicator(s.code), &s);
  }
  EXPECT_EQ(find_indicator("nope"), nullptr);
  EXPECT_EQ(to_string(spec_of(IndicatorId::cases_resolved).comparison), "share_above");
  EXPECT_EQ(to_string(spec_of(IndicatorId::reformed_points).comparison), "count_at_most");
  EXPECT_EQ(to_string(Tri::yes), "met");
  EXPECT_EQ(to_string(Tri::no), "not_met");
}

TEST(AreasIndicators, CasesChangeOfExactlyFivePercentIsMet) {
  EXPECT_EQ(judge(IndicatorId::cases_change, cases(105, 100)), Tri::yes);  // +5% exactly
  EXPECT_EQ(judge(IndicatorId::cases_change, cases(104, 100)), Tri::no);   // +4%
  EXPECT_EQ(judge(IndicatorId::cases_change, cases(106, 100)), Tri::yes);
  // 21/20 = +5%; 20/19 = +5.26%; 41/40 = +2.5%: the boundary in other denominators.
  EXPECT_EQ(judge(IndicatorId::cases_change, cases(21, 20)), Tri::yes);
  EXPECT_EQ(judge(IndicatorId::cases_change, cases(41, 40)), Tri::no);
  // 2,099/2,000 = +4.95% is just below; 2,100/2,000 exactly +5%.
  EXPECT_EQ(judge(IndicatorId::cases_change, cases(2099, 2000)), Tri::no);
  EXPECT_EQ(judge(IndicatorId::cases_change, cases(2100, 2000)), Tri::yes);
  EXPECT_EQ(judge(IndicatorId::cases_change, cases(90, 100)), Tri::no);  // a fall
}

TEST(AreasIndicators, ChangeFromZeroIsNoData) {
  EXPECT_EQ(judge(IndicatorId::cases_change, cases(7, 0)), Tri::unknown);
  EXPECT_EQ(judge(IndicatorId::cases_change, cases(0, 0)), Tri::unknown);
  EXPECT_EQ(change_bp(7, 0), std::nullopt);
  const auto r = evaluate(spec_of(IndicatorId::cases_change), cases(7, 0), 500);
  EXPECT_EQ(r.value_bp, std::nullopt);
  EXPECT_EQ(r.a, 7);
  EXPECT_EQ(r.b, 0);
  EXPECT_EQ(to_string(r.met), "no_data");
}

TEST(AreasIndicators, ChangeIsTruncatedTowardZeroForDisplay) {
  EXPECT_EQ(change_bp(105, 100), 500);
  EXPECT_EQ(change_bp(2099, 2000), 495);
  EXPECT_EQ(change_bp(20, 19), 526);    // +5.263…%
  EXPECT_EQ(change_bp(18, 19), -526);   // −5.263…%, toward zero
  EXPECT_EQ(change_bp(0, 10), -10000);  // every retail point gone
}

TEST(AreasIndicators, ResolvedShareOfExactlyNinetyPercentIsNotAbove) {
  EXPECT_EQ(judge(IndicatorId::cases_resolved, cases(10, 0, 9)), Tri::no);          // 90% exactly
  EXPECT_EQ(judge(IndicatorId::cases_resolved, cases(100, 0, 90)), Tri::no);        // 90% exactly
  EXPECT_EQ(judge(IndicatorId::cases_resolved, cases(100, 0, 91)), Tri::yes);       // 91%
  EXPECT_EQ(judge(IndicatorId::cases_resolved, cases(1000, 0, 901)), Tri::yes);     // 90.1%
  EXPECT_EQ(judge(IndicatorId::cases_resolved, cases(20001, 0, 18001)), Tri::yes);  // 90.0005%: above, shown as 90.00%
  EXPECT_EQ(share_bp(18001, 20001), 9000);
  EXPECT_EQ(judge(IndicatorId::cases_resolved, cases(10, 0, 10)), Tri::yes);    // all
  EXPECT_EQ(judge(IndicatorId::cases_resolved, cases(0, 5, 0)), Tri::unknown);  // no case this year
}

TEST(AreasIndicators, EveryPointEliminatedIsMetOneLeftIsNot) {
  IndicatorCounts c;
  c.points_managed = 4, c.points_eliminated = 4;
  EXPECT_EQ(judge(IndicatorId::points_eliminated, c), Tri::yes);
  c.points_eliminated = 3;
  EXPECT_EQ(judge(IndicatorId::points_eliminated, c), Tri::no);
  const auto r = evaluate(spec_of(IndicatorId::points_eliminated), c, 10000);
  EXPECT_EQ(r.value_bp, 7500);
  c.points_managed = 0, c.points_eliminated = 0;
  EXPECT_EQ(judge(IndicatorId::points_eliminated, c), Tri::unknown);
}

TEST(AreasIndicators, RetailPointsDownByExactlyFivePercentIsMet) {
  IndicatorCounts c;
  c.retail_end_previous = 100;
  c.retail_end = 95;  // −5% exactly
  EXPECT_EQ(judge(IndicatorId::retail_change, c), Tri::yes);
  c.retail_end = 96;  // −4%
  EXPECT_EQ(judge(IndicatorId::retail_change, c), Tri::no);
  c.retail_end = 100;  // unchanged
  EXPECT_EQ(judge(IndicatorId::retail_change, c), Tri::no);
  c.retail_end_previous = 20, c.retail_end = 19;  // −5% exactly
  EXPECT_EQ(judge(IndicatorId::retail_change, c), Tri::yes);
  c.retail_end_previous = 19, c.retail_end = 18;  // −5.26%
  EXPECT_EQ(judge(IndicatorId::retail_change, c), Tri::yes);
  c.retail_end_previous = 21, c.retail_end = 20;  // −4.76%
  EXPECT_EQ(judge(IndicatorId::retail_change, c), Tri::no);
  c.retail_end_previous = 0, c.retail_end = 0;
  EXPECT_EQ(judge(IndicatorId::retail_change, c), Tri::unknown);
  c.retail_end = 3;  // points appeared where there were none: still no percentage
  EXPECT_EQ(judge(IndicatorId::retail_change, c), Tri::unknown);
}

TEST(AreasIndicators, NoReformedPointIsMetOneIsNot) {
  IndicatorCounts c;
  EXPECT_EQ(judge(IndicatorId::reformed_points, c), Tri::yes);
  c.reformed = 1;
  EXPECT_EQ(judge(IndicatorId::reformed_points, c), Tri::no);
  EXPECT_EQ(evaluate(spec_of(IndicatorId::reformed_points), c, 1).met, Tri::yes);  // a province allowing one
  EXPECT_EQ(evaluate(spec_of(IndicatorId::reformed_points), c, 1).value_bp, std::nullopt);
}

TEST(AreasIndicators, AllBorderCommunesDrugFreeIsMet) {
  IndicatorCounts c;
  c.border_communes = 27, c.border_drug_free = 27;
  EXPECT_EQ(judge(IndicatorId::border_drug_free, c), Tri::yes);
  c.border_drug_free = 26;
  EXPECT_EQ(judge(IndicatorId::border_drug_free, c), Tri::no);
  c.border_communes = 0, c.border_drug_free = 0;  // a province without a border
  EXPECT_EQ(judge(IndicatorId::border_drug_free, c), Tri::unknown);
}

TEST(AreasIndicators, ProvinceOwnTargetIsUsedAndChecked) {
  // A province aiming at +10% cases: +5% is no longer enough.
  EXPECT_EQ(evaluate(spec_of(IndicatorId::cases_change), cases(105, 100), 1000).met, Tri::no);
  EXPECT_EQ(evaluate(spec_of(IndicatorId::cases_change), cases(110, 100), 1000).met, Tri::yes);
  EXPECT_NO_THROW(check_target(spec_of(IndicatorId::cases_resolved), 9999));
  EXPECT_THROW(check_target(spec_of(IndicatorId::cases_resolved), 10000), std::invalid_argument);  // > 100% never met
  EXPECT_THROW(check_target(spec_of(IndicatorId::points_eliminated), -1), std::invalid_argument);
  EXPECT_THROW(check_target(spec_of(IndicatorId::retail_change), -10001), std::invalid_argument);
  EXPECT_THROW(check_target(spec_of(IndicatorId::reformed_points), -1), std::invalid_argument);
}

TEST(AreasIndicators, CountsAddUpForTheProvinceTotal) {
  IndicatorCounts a = cases(3, 2, 1), b = cases(4, 5, 4);
  a.border_communes = 1, b.border_communes = 1, b.border_drug_free = 1;
  a += b;
  EXPECT_EQ(a.cases, 7);
  EXPECT_EQ(a.cases_previous, 7);
  EXPECT_EQ(a.cases_resolved, 5);
  EXPECT_EQ(a.border_communes, 2);
  EXPECT_EQ(a.border_drug_free, 1);
  const auto all = evaluate_all(a, shipped());
  ASSERT_EQ(all.size(), kIndicatorCount);
  EXPECT_EQ(all[0].met, Tri::no);  // 7 vs 7: +0%
  EXPECT_EQ(all[0].value_bp, 0);
}

TEST(AreasIndicators, LargeCountsDoNotOverflow) {
  const int64_t big = int64_t{1} << 60;
  EXPECT_EQ(change_at_least(big, big / 2, 500), Tri::yes);
  EXPECT_EQ(share_above(big, big, 9000), Tri::yes);
}

TEST(AreasIndicators, PercentagesAreWrittenTheVietnameseWay) {
  EXPECT_EQ(format_percent(500), "5%");
  EXPECT_EQ(format_percent(500, true), "+5%");
  EXPECT_EQ(format_percent(8571), "85,71%");
  EXPECT_EQ(format_percent(9050), "90,5%");
  EXPECT_EQ(format_percent(5), "0,05%");
  EXPECT_EQ(format_percent(-526, true), "-5,26%");
  EXPECT_EQ(format_percent(0, true), "0%");
  EXPECT_EQ(format_percent(-10000), "-100%");
}
