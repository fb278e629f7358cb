#pragma once
// Projection of the drug-free roadmap: from the drug-free communes actually
// approved in past years, a least-squares linear trend carried to each later year up to the
// roadmap's horizon, so leaders see whether the yearly targets are within reach. It is a
// projection of the trend, not a forecast of any commune: with fewer than two years of history
// there is no trend and none is invented.
#include <cstdint>
#include <span>
#include <vector>

namespace pcmt::areas {

struct YearCount {
  int year = 0;
  int64_t communes = 0;  // drug-free communes approved for that year
};

struct ProjectedYear {
  int year = 0;
  double trend = 0;      // the trend line's value, unclamped (for display of the slope)
  int64_t communes = 0;  // rounded to the nearest commune and clamped to 0 … all communes
};

struct RoadmapProjection {
  bool enough_history = false;     // at least two distinct years of actual counts
  double slope_per_year = 0;       // communes per year (0 without enough history)
  std::vector<ProjectedYear> years;  // each year after the last actual one, up to `until_year`
};

// `actual` in any order, one entry per year. Throws std::invalid_argument for a repeated year,
// a negative count, a count above `commune_count` or a negative `commune_count`.
RoadmapProjection project_roadmap(std::span<const YearCount> actual, int64_t commune_count, int until_year);

}  // namespace pcmt::areas
