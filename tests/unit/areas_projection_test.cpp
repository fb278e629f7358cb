// The roadmap's projection from the trend of approved drug-free communes.
#include <gtest/gtest.h>

#include <stdexcept>

#include "core/areas/roadmap_projection.hpp"

using namespace pcmt::areas;

namespace {
std::vector<int64_t> counts(const RoadmapProjection& p) {
  std::vector<int64_t> out;
  for (const auto& y : p.years) out.push_back(y.communes);
  return out;
}
std::vector<int> years(const RoadmapProjection& p) {
  std::vector<int> out;
  for (const auto& y : p.years) out.push_back(y.year);
  return out;
}
}  // namespace

TEST(AreasProjection, NoHistoryGivesNoTrend) {
  const auto p = project_roadmap({}, 130, 2030);
  EXPECT_FALSE(p.enough_history);
  EXPECT_TRUE(p.years.empty());
}

TEST(AreasProjection, OneYearIsNotATrend) {
  const YearCount one[] = {{2025, 26}};
  const auto p = project_roadmap(one, 130, 2030);
  EXPECT_FALSE(p.enough_history);
  EXPECT_TRUE(p.years.empty());
  EXPECT_EQ(p.slope_per_year, 0);
}

TEST(AreasProjection, TwoYearsExtendTheLineToTheHorizon) {
  const YearCount two[] = {{2025, 20}, {2026, 30}};
  const auto p = project_roadmap(two, 130, 2030);
  ASSERT_TRUE(p.enough_history);
  EXPECT_DOUBLE_EQ(p.slope_per_year, 10);
  EXPECT_EQ(years(p), (std::vector<int>{2027, 2028, 2029, 2030}));
  EXPECT_EQ(counts(p), (std::vector<int64_t>{40, 50, 60, 70}));
}

TEST(AreasProjection, LeastSquaresOverNoisyYearsInAnyOrder) {
  // Points (2024,10) (2025,14) (2026,15): slope = 2.5, mean 13 at 2025 → 2027: 18, 2028: 20.5 → 21 (half away from zero).
  const YearCount noisy[] = {{2026, 15}, {2024, 10}, {2025, 14}};
  const auto p = project_roadmap(noisy, 130, 2028);
  EXPECT_DOUBLE_EQ(p.slope_per_year, 2.5);
  EXPECT_EQ(counts(p), (std::vector<int64_t>{18, 21}));
  EXPECT_DOUBLE_EQ(p.years[1].trend, 20.5);
}

TEST(AreasProjection, GapsBetweenYearsAreWeighedByTheirDistance) {
  const YearCount gap[] = {{2025, 10}, {2028, 40}};
  const auto p = project_roadmap(gap, 130, 2030);
  EXPECT_DOUBLE_EQ(p.slope_per_year, 10);
  EXPECT_EQ(counts(p), (std::vector<int64_t>{50, 60}));
}

TEST(AreasProjection, ClampedToAllCommunesOfTheProvince) {
  const YearCount steep[] = {{2025, 60}, {2026, 100}};
  const auto p = project_roadmap(steep, 130, 2029);
  EXPECT_EQ(counts(p), (std::vector<int64_t>{130, 130, 130}));
  EXPECT_DOUBLE_EQ(p.years[0].trend, 140);  // the line itself goes on
}

TEST(AreasProjection, ClampedAtZeroWhenTheTrendFalls) {
  const YearCount falling[] = {{2025, 12}, {2026, 5}};
  const auto p = project_roadmap(falling, 130, 2028);
  EXPECT_DOUBLE_EQ(p.slope_per_year, -7);
  EXPECT_EQ(counts(p), (std::vector<int64_t>{0, 0}));
}

TEST(AreasProjection, NothingToProjectWhenHistoryReachesTheHorizon) {
  const YearCount done[] = {{2029, 50}, {2030, 65}};
  const auto p = project_roadmap(done, 130, 2030);
  EXPECT_TRUE(p.enough_history);
  EXPECT_TRUE(p.years.empty());
}

TEST(AreasProjection, RejectsInconsistentHistory) {
  const YearCount twice[] = {{2025, 1}, {2025, 2}};
  EXPECT_THROW(project_roadmap(twice, 130, 2030), std::invalid_argument);
  const YearCount negative[] = {{2025, -1}, {2026, 2}};
  EXPECT_THROW(project_roadmap(negative, 130, 2030), std::invalid_argument);
  const YearCount too_many[] = {{2025, 131}, {2026, 2}};
  EXPECT_THROW(project_roadmap(too_many, 130, 2030), std::invalid_argument);
  EXPECT_THROW(project_roadmap({}, -1, 2030), std::invalid_argument);
}
