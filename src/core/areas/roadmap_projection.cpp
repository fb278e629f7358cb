#include "core/areas/roadmap_projection.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pcmt::areas {

RoadmapProjection project_roadmap(std::span<const YearCount> actual, int64_t commune_count, int until_year) {
  if (commune_count < 0) throw std::invalid_argument("commune_count must not be negative");
  std::vector<YearCount> points(actual.begin(), actual.end());
  std::sort(points.begin(), points.end(), [](const YearCount& a, const YearCount& b) { return a.year < b.year; });
  for (size_t i = 0; i < points.size(); ++i) {
    if (points[i].communes < 0 || points[i].communes > commune_count)
      throw std::invalid_argument("drug-free count out of 0..commune_count for year " + std::to_string(points[i].year));
    if (i > 0 && points[i].year == points[i - 1].year)
      throw std::invalid_argument("year given twice: " + std::to_string(points[i].year));
  }
  RoadmapProjection out;
  if (points.size() < 2) return out;

  // Ordinary least squares on (year, count), centred on the mean year for numerical comfort.
  const double n = static_cast<double>(points.size());
  double mean_x = 0, mean_y = 0;
  for (const auto& p : points) {
    mean_x += p.year;
    mean_y += static_cast<double>(p.communes);
  }
  mean_x /= n;
  mean_y /= n;
  double sxx = 0, sxy = 0;
  for (const auto& p : points) {
    sxx += (p.year - mean_x) * (p.year - mean_x);
    sxy += (p.year - mean_x) * (static_cast<double>(p.communes) - mean_y);
  }
  out.enough_history = true;
  out.slope_per_year = sxy / sxx;  // sxx > 0: at least two distinct years
  for (int year = points.back().year + 1; year <= until_year; ++year) {
    const double trend = mean_y + out.slope_per_year * (year - mean_x);
    const auto rounded = static_cast<int64_t>(std::llround(trend));
    out.years.push_back({year, trend, std::clamp<int64_t>(rounded, 0, commune_count)});
  }
  return out;
}

}  // namespace pcmt::areas
