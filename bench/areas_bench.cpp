// Classification of every commune from raw registries (budget: all 3,321 communes of the
// country under 1 s, a province's dashboard under 100 ms). A fresh SQLite database gets the real
// reference data (34 provinces, 3,321 communes), resident populations for 95% of the communes (the
// rest stay unknown, as in real data), and generated registries: 500,000 people in lifecycle
// states (each with two state periods), 200,000 drug cases with one arrested offender each, 30,000 points and hotspots, 10,000
// plant finds, 3,000 wanted persons, and 60 key routes crossing 20 communes each. Rows go in with
// bulk_insert; dates spread over the 2025 evaluation window and the months around it.
//
//   ClassifyCountry      every province in turn: facts counted from the registries, classified
//   ClassifyProvince     the dashboard of the largest province (all its communes + province)
//   ClassifyCommune      one commune with the ids of the records behind its counts
#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>

#include "bench_support.hpp"
#include "app/areas/classification.hpp"
#include "app/crypto.hpp"
#include "app/reference.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"
#include "store/migrate.hpp"

namespace {

using namespace pcmt;

constexpr int64_t kPeople = 500'000, kCases = 200'000, kPoints = 30'000, kPlantFinds = 10'000, kWanted = 3'000;
constexpr int kRoutes = 60, kCommunesPerRoute = 20;
constexpr int kYear = 2025;

using pcmt::bench::Rng;

struct Commune {
  std::string code, province;
};

struct Country {
  ~Country() {
    std::error_code ec;  // the generated database is large: leave nothing behind
    if (!dir.empty()) std::filesystem::remove_all(dir, ec);
  }
  std::filesystem::path dir;
  std::string url;
  std::vector<std::string> provinces;
  std::string largest_province, busiest_commune;
  app::Actor admin;
};

// A date from 1/10/2024 to 31/1/2026: most inside the 2025 window, some on either side of it.
std::string random_date(Rng& rng) {
  return calendar::Date(2024, 10, 1).add_days(static_cast<int>(rng.in(0, 487))).iso();
}

void generate(store::Connection& db, Country& c) {
  std::vector<Commune> communes;
  for (const auto& r : db.query("SELECT code, province_code FROM communes ORDER BY code").rows)
    communes.push_back({r.str(0), r.str(1)});
  for (const auto& r : db.query("SELECT code FROM provinces ORDER BY code").rows) c.provinces.push_back(r.str(0));
  c.largest_province = db.query("SELECT province_code FROM communes GROUP BY province_code ORDER BY COUNT(*) DESC, "
                                "province_code LIMIT 1")
                           .one()
                           .str(0);
  Rng rng{2025};
  auto any_commune = [&]() -> const Commune& { return communes[static_cast<size_t>(rng.in(0, communes.size() - 1))]; };
  const int64_t now = 1'760'000'000;

  db.begin();
  for (const auto& m : communes)
    if (rng.in(1, 100) <= 95)
      db.query("UPDATE communes SET population = $1 WHERE code = $2", {rng.in(3'000, 60'000), m.code});
  db.commit();

  static const char* kStates[] = {"under_management", "addicted", "voluntary_home", "substitution",
                                  "compulsory_facility", "post_rehab", "ended", "ended", "detected"};
  std::vector<store::Params> rows, periods;
  for (int64_t i = 0; i < kPeople; ++i) {
    const auto& m = any_commune();
    const char* state = kStates[rng.in(0, 8)];
    rows.push_back({i + 1, std::to_string(100'000'000'000 + i), "Nguyễn Văn A", "nguyen van a", "1990-01-01", 1990,
                    "male", m.province, m.code, state, now, now});
    // Detected first, in the current state since a day around the window (counted as of its end).
    const std::string since = random_date(rng);
    periods.push_back({i + 1, 0, "detected", "2023-06-01", since, m.province, m.code});
    periods.push_back({i + 1, 1, state, since, store::Value(), m.province, m.code});
  }
  db.bulk_insert("people", {"id", "personal_id", "full_name", "search_key", "birth_date", "birth_year", "sex",
                            "province_code", "commune_code", "state", "created_at", "updated_at"},
                 rows);
  db.bulk_insert("person_state_periods",
                 {"person_id", "idx", "state", "from_date", "to_date", "province_code", "commune_code"}, periods);
  rows.clear();
  std::vector<store::Params> offenders;
  for (int64_t i = 0; i < kCases; ++i) {
    const auto& m = any_commune();
    const std::string date = random_date(rng);
    rows.push_back({i + 1, m.province, m.code, date, "investigating", now, now});
    const std::string residence = rng.in(1, 100) <= 60 ? m.code : any_commune().code;
    offenders.push_back({i + 1, m.province, m.code, i + 1, "Trần Văn B", date, residence, now, now});
  }
  db.bulk_insert("area_cases", {"id", "province_code", "commune_code", "case_date", "status", "created_at", "updated_at"},
                 rows);
  db.bulk_insert("area_offenders", {"id", "province_code", "commune_code", "case_id", "full_name", "arrest_date",
                                    "residence_commune_code", "created_at", "updated_at"},
                 offenders);
  rows.clear();
  static const char* kKinds[] = {"use_point", "hotspot", "retail"};
  for (int64_t i = 0; i < kPoints; ++i) {
    const auto& m = any_commune();
    const bool eliminated = rng.in(1, 100) <= 40;
    rows.push_back({i + 1, m.province, m.code, kKinds[rng.in(0, 2)], "Số " + std::to_string(i), "so " + std::to_string(i),
                    eliminated ? "eliminated" : "verified", random_date(rng),
                    eliminated ? store::Value(random_date(rng)) : store::Value(), now, now});
  }
  db.bulk_insert("area_points", {"id", "province_code", "commune_code", "kind", "address", "address_key", "status",
                                 "found_date", "eliminated_date", "created_at", "updated_at"},
                 rows);
  rows.clear();
  for (int64_t i = 0; i < kPlantFinds; ++i) {
    const auto& m = any_commune();
    rows.push_back({i + 1, m.province, m.code, random_date(rng), rng.in(1, 2'000), rng.in(100, 100'000), now, now});
  }
  db.bulk_insert("area_plant_finds", {"id", "province_code", "commune_code", "found_date", "plants", "area_m2_x100",
                                      "created_at", "updated_at"},
                 rows);
  rows.clear();
  for (int64_t i = 0; i < kWanted; ++i) {
    const auto& m = any_commune();
    rows.push_back({i + 1, m.province, m.code, "Lê Văn C", random_date(rng), now, now});
  }
  db.bulk_insert("area_wanted", {"id", "province_code", "commune_code", "full_name", "since_date", "created_at",
                                 "updated_at"},
                 rows);
  rows.clear();
  std::vector<store::Params> crossings;
  for (int i = 0; i < kRoutes; ++i) {
    const std::string& province = c.provinces[static_cast<size_t>(i) % c.provinces.size()];
    rows.push_back({i + 1, province, "Tuyến " + std::to_string(i + 1), i % 3 == 0 ? "inter" : "intra", "2024-01-01", now,
                    now});
    std::vector<std::string> seen;
    for (const auto& m : communes)
      if (m.province == province && seen.size() < kCommunesPerRoute && rng.in(1, 4) == 1) seen.push_back(m.code);
    for (const auto& code : seen) crossings.push_back({i + 1, code});
  }
  db.bulk_insert("area_routes", {"id", "province_code", "name", "scope", "active_from", "created_at", "updated_at"}, rows);
  db.bulk_insert("area_route_communes", {"route_id", "commune_code"}, crossings);
  c.busiest_commune = db.query("SELECT commune_code FROM area_offenders GROUP BY commune_code ORDER BY COUNT(*) DESC, "
                               "commune_code LIMIT 1")
                          .one()
                          .str(0);
  c.admin.role = app::Role::admin;
  c.admin.scope = {app::ScopeKind::province, "40"};
  c.admin.province_code = "40";
  c.admin.username = "bench_admin";
}

Country& country() {
  static Country c;  // destroyed at exit, with the database
  static const bool generated = [] {
    app::crypto::init();
    c.dir = std::filesystem::temp_directory_path() / "pcmt-areas-bench";
    c.url = pcmt::bench::fresh_database(c.dir);
    auto db = store::connect(c.url);
    generate(*db, c);
    std::cerr << "generated " << kPeople << " people, " << kCases << " cases and offenders, " << kPoints
              << " points, " << kPlantFinds << " plant finds, " << kWanted << " wanted, " << kRoutes << " routes\n";
    return true;
  }();
  (void)generated;
  return c;
}

store::Connection& connection() {
  static auto db = store::connect(country().url);
  return *db;
}

void ClassifyCountry(benchmark::State& state) {
  auto& c = country();
  int64_t communes = 0;
  for (auto _ : state) {
    communes = 0;
    for (const auto& p : c.provinces)
      communes += static_cast<int64_t>(
          app::areas::classify_province(connection(), c.admin, p, kYear).at("communes").as_array().size());
  }
  state.counters["communes"] = static_cast<double>(communes);
}
BENCHMARK(ClassifyCountry)->Unit(benchmark::kMillisecond);

void ClassifyProvince(benchmark::State& state) {
  auto& c = country();
  for (auto _ : state) benchmark::DoNotOptimize(app::areas::classify_province(connection(), c.admin, c.largest_province, kYear));
}
BENCHMARK(ClassifyProvince)->Unit(benchmark::kMillisecond);

void ClassifyCommune(benchmark::State& state) {
  auto& c = country();
  for (auto _ : state)
    benchmark::DoNotOptimize(app::areas::classify_one_commune(connection(), c.admin, c.busiest_commune, kYear));
}
BENCHMARK(ClassifyCommune)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
