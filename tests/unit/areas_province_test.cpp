// Province-level key complex area, QĐ 28/2025/QĐ-TTg Điều 5: at least 4 of 6 criteria.
#include <gtest/gtest.h>

#include "areas_test_support.hpp"
#include "core/areas/province_assessment.hpp"

using namespace pcmt::areas;
using namespace pcmt::areas::testing;

namespace {

// A province of 1,000,000 residents, given as totals, meeting none of the six criteria, with
// 100 quiet communes (commune figures are ignored where a total is given).
struct Province {
  ProvinceFacts facts;
  std::vector<CommuneFacts> communes;
  Province() {
    facts.code = "40";
    facts.on_inter_provincial_route = false;
    facts.population = 1000000;
    facts.managed_users = 0;
    facts.use_points = 0;
    facts.arrested_offenders = 0;
    facts.plants = 0;
    facts.plant_area_m2_x100 = 0;
    for (int i = 0; i < 100; ++i) {
      communes.push_back(quiet_commune());
      communes.back().code = std::to_string(16000 + i);
    }
  }
  ProvinceAssessment assess() const {
    std::vector<CommuneClassification> classified;
    for (const auto& c : communes) classified.push_back(classify_commune(c, shipped_rules()));
    return assess_province(facts, communes, classified, shipped_rules());
  }
  Tri criterion(size_t n) const { return assess().criteria[n - 1]; }
  void make_type_I(size_t how_many) {
    for (size_t i = 0; i < how_many; ++i) {
      communes[i].managed_users = 125;
      communes[i].use_points = 2;
      communes[i].plants = 3000;
    }
  }
};

}  // namespace

// Điều 5 (tiêu chí 1, 2, 3, 5): each province total just below and at its threshold, on 1,000,000 residents.
TEST(AreasProvince, TotalsAroundTheirThresholds) {
  struct Case {
    const char* what;
    std::optional<int64_t> ProvinceFacts::*field;
    size_t criterion;
    int64_t below, at;
  };
  const Case cases[] = {
      {"managed users 0,2%", &ProvinceFacts::managed_users, 1, 1999, 2000},
      {"5 points", &ProvinceFacts::use_points, 2, 4, 5},
      {"arrested offenders 0,05%", &ProvinceFacts::arrested_offenders, 3, 499, 500},
      {"8.000 plants", &ProvinceFacts::plants, 5, 7999, 8000},
      {"2.000 m2", &ProvinceFacts::plant_area_m2_x100, 5, m2(1999.99), m2(2000)},
  };
  for (const auto& c : cases) {
    Province p;
    p.facts.*c.field = c.below;
    EXPECT_EQ(p.criterion(c.criterion), Tri::no) << c.what;
    p.facts.*c.field = c.at;
    EXPECT_EQ(p.criterion(c.criterion), Tri::yes) << c.what;
  }
}

// Điều 5 (tiêu chí 4): type I + II communes ≥ 3% of all communes (3 of 100).
TEST(AreasProvince, KeyCommuneShareAroundThreePercent) {
  Province p;
  p.make_type_I(2);
  EXPECT_EQ(p.criterion(4), Tri::no);
  p.make_type_I(3);
  EXPECT_EQ(p.criterion(4), Tri::yes);
  // The denominator is every commune of the province, even those not listed.
  p.facts.commune_count = 101;
  EXPECT_EQ(p.criterion(4), Tri::no);
}

// Communes with insufficient data may or may not be type I/II: criterion 4 is decided only
// when the outcome does not depend on them.
TEST(AreasProvince, KeyCommuneShareWithUndecidedCommunes) {
  Province p;
  p.make_type_I(2);
  p.communes[50].population = std::nullopt;  // 125 managed users, 2 points, 3000 plants: I or not
  p.communes[50].managed_users = 125;
  p.communes[50].use_points = 2;
  p.communes[50].plants = 3000;
  auto a = p.assess();
  EXPECT_EQ(a.criteria[3], Tri::unknown);
  EXPECT_EQ(a.totals.key_communes_certain, 2);
  EXPECT_EQ(a.totals.key_communes_possible, 3);
  EXPECT_NE(std::find(a.missing.begin(), a.missing.end(), "commune_types"), a.missing.end());
  p.make_type_I(3);
  EXPECT_EQ(p.criterion(4), Tri::yes);
}

// Điều 5 (tiêu chí 6): on an inter-provincial key route.
TEST(AreasProvince, InterProvincialRoute) {
  Province p;
  EXPECT_EQ(p.criterion(6), Tri::no);
  p.facts.on_inter_provincial_route = true;
  EXPECT_EQ(p.criterion(6), Tri::yes);
  p.facts.on_inter_provincial_route = std::nullopt;
  EXPECT_EQ(p.criterion(6), Tri::unknown);
}

// Điều 5: "có ít nhất 4 trong các tiêu chí".
TEST(AreasProvince, KeyComplexNeedsFourOfSix) {
  Province p;
  p.facts.managed_users = 2000;
  p.facts.use_points = 5;
  p.facts.arrested_offenders = 500;
  EXPECT_EQ(p.assess().key_complex, Tri::no);
  p.facts.on_inter_provincial_route = true;
  EXPECT_EQ(p.assess().key_complex, Tri::yes);
  p.facts.on_inter_provincial_route = std::nullopt;
  EXPECT_EQ(p.assess().key_complex, Tri::unknown);
  p.facts.plants = 9000;  // four known again
  EXPECT_EQ(p.assess().key_complex, Tri::yes);
}

// Without given totals the province's figures are the sums over its communes, and unknown
// when any commune's is.
TEST(AreasProvince, TotalsAreSummedFromCommunes) {
  Province p;
  p.facts.population = std::nullopt;
  p.facts.managed_users = std::nullopt;
  p.communes[0].managed_users = 3000;
  p.communes[1].managed_users = 2000;  // 5,000 of 2,500,000 residents = 0.2%
  auto a = p.assess();
  EXPECT_EQ(a.totals.population, 2500000);
  EXPECT_EQ(a.totals.managed_users, 5000);
  EXPECT_EQ(a.criteria[0], Tri::yes);
  p.communes[7].population = std::nullopt;
  a = p.assess();
  EXPECT_FALSE(a.totals.population.has_value());
  EXPECT_EQ(a.criteria[0], Tri::unknown);
  EXPECT_NE(std::find(a.missing.begin(), a.missing.end(), "population"), a.missing.end());
}

TEST(AreasProvince, EveryCriterionCitesArticle5) {
  ASSERT_EQ(province_criteria().size(), 6u);
  for (const auto& row : province_criteria()) EXPECT_NE(row.source.find("Điều 5"), std::string_view::npos);
}
