// The map and the roadmap outlook of one province (the dashboard's budget is
// 100 ms). A fresh SQLite database gets the reference data and, in the province with the most
// communes, generated registries heavier than any real province's: 20,000 points and hotspots
// (90% with coordinates), 20,000 cases with one arrested offender each, 60 commune positions, and
// two years of approved drug-free communes.
//
//   MapProvince       the map page's data: every commune's classification, position, every point
//   ClosestProvince   the 10 communes closest to drug-free (the dashboard's list)
//   RoadmapOutlook    targets, approved years and the projection to 2030
#include <benchmark/benchmark.h>

#include <iostream>

#include "app/areas/map.hpp"
#include "app/areas/roadmap_outlook.hpp"
#include "app/crypto.hpp"
#include "bench_support.hpp"
#include "core/calendar/date.hpp"

namespace {

using namespace pcmt;

constexpr int64_t kPoints = 20'000, kCases = 20'000;
constexpr int kYear = 2025;

struct Province {
  std::string code;
  app::Actor office;
};

void generate(store::Connection& db, Province& p) {
  p.code = db.query("SELECT province_code FROM communes GROUP BY province_code ORDER BY COUNT(*) DESC, province_code "
                    "LIMIT 1")
               .one()
               .str(0);
  std::vector<std::string> communes;
  for (const auto& r : db.query("SELECT code FROM communes WHERE province_code = $1 ORDER BY code", {p.code}).rows)
    communes.push_back(r.str(0));
  bench::Rng rng{7};
  const int64_t now = 1'760'000'000;
  auto date = [&] { return calendar::Date(2024, 10, 1).add_days(static_cast<int>(rng.in(0, 487))).iso(); };

  std::vector<store::Params> rows;
  static const char* kKinds[] = {"use_point", "hotspot", "retail"};
  for (int64_t i = 0; i < kPoints; ++i) {
    const bool located = rng.chance(90), eliminated = rng.chance(40);
    rows.push_back({i + 1, p.code, rng.pick(communes), kKinds[rng.in(0, 2)], "Số " + std::to_string(i),
                    "so " + std::to_string(i), located ? store::Value(20.0 + rng.in(0, 10'000) / 10'000.0) : store::Value(),
                    located ? store::Value(105.0 + rng.in(0, 10'000) / 10'000.0) : store::Value(),
                    eliminated ? "eliminated" : "verified", date(), eliminated ? store::Value(date()) : store::Value(),
                    now, now});
  }
  db.bulk_insert("area_points", {"id", "province_code", "commune_code", "kind", "address", "address_key", "lat", "lon",
                                 "status", "found_date", "eliminated_date", "created_at", "updated_at"},
                 rows);
  rows.clear();
  std::vector<store::Params> offenders;
  for (int64_t i = 0; i < kCases; ++i) {
    const std::string& commune = rng.pick(communes);
    const std::string d = date();
    rows.push_back({i + 1, p.code, commune, d, "investigating", now, now});
    offenders.push_back({i + 1, p.code, commune, i + 1, "Trần Văn B", d, rng.chance(60) ? commune : rng.pick(communes),
                         now, now});
  }
  db.bulk_insert("area_cases", {"id", "province_code", "commune_code", "case_date", "status", "created_at", "updated_at"},
                 rows);
  db.bulk_insert("area_offenders", {"id", "province_code", "commune_code", "case_id", "full_name", "arrest_date",
                                    "residence_commune_code", "created_at", "updated_at"},
                 offenders);
  rows.clear();
  for (size_t i = 0; i < 60 && i < communes.size(); ++i)
    rows.push_back({communes[i], p.code, 20.5, 105.5, now});
  db.bulk_insert("area_commune_positions", {"commune_code", "province_code", "lat", "lon", "set_at"}, rows);
  rows.clear();
  for (size_t i = 0; i < 30 && i < communes.size(); ++i)
    for (int64_t year : {int64_t{2025}, int64_t{2026}})
      if (year == 2026 || i < 20)
        rows.push_back({p.code, communes[i], year, "approved", "{}", now});
  db.bulk_insert("area_drug_free_assessments",
                 {"province_code", "commune_code", "year", "status", "facts_json", "proposed_at"}, rows);
  p.office.role = app::Role::standing_office;
  p.office.scope = {app::ScopeKind::province, p.code};
  p.office.province_code = p.code;
  p.office.username = "bench_office";
}

Province& province() {
  static Province p;
  return p;
}

store::Connection& connection() {
  static bench::ScratchDatabase db("pcmt-areas-map-bench", [](store::Connection& c) {
    app::crypto::init();
    generate(c, province());
    std::cerr << "province " << province().code << ": " << kPoints << " points, " << kCases << " cases and offenders\n";
  });
  return db.connection();
}

void MapProvince(benchmark::State& state) {
  auto& db = connection();  // generates the province on first use
  auto& p = province();
  size_t points = 0;
  for (auto _ : state) points = app::areas::map_data(db, p.office, kYear).at("points").as_array().size();
  state.counters["points"] = static_cast<double>(points);
}
BENCHMARK(MapProvince)->Unit(benchmark::kMillisecond);

void ClosestProvince(benchmark::State& state) {
  auto& db = connection();
  for (auto _ : state) benchmark::DoNotOptimize(app::areas::closest_communes(db, province().office, kYear, 10));
}
BENCHMARK(ClosestProvince)->Unit(benchmark::kMillisecond);

void RoadmapOutlook(benchmark::State& state) {
  auto& db = connection();
  for (auto _ : state) benchmark::DoNotOptimize(app::areas::roadmap_outlook(db, province().office));
}
BENCHMARK(RoadmapOutlook)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
