// The plan indicators of a province over generated registries: a fresh SQLite
// database with the real reference data (34 provinces, 3,321 communes, 10% of them border communes)
// and 200,000 drug cases and 30,000 points spread over the 2025 and 2026 evaluation windows and
// the months around them (cases in every status, each with its status history; points of the three kinds, 40% eliminated, 5%
// re-formed), and an approved drug-free assessment for half the border communes.
//
//   ProvinceIndicators   the Chỉ tiêu page of the largest province: every commune, both years, the total
//   CommuneIndicators    a commune user's page: its commune alone
#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>

#include "app/areas/indicators.hpp"
#include "app/crypto.hpp"
#include "bench_support.hpp"
#include "core/calendar/date.hpp"

namespace {

using namespace pcmt;

constexpr int64_t kCases = 200'000, kPoints = 30'000;
constexpr int kYear = 2026;

struct Data {
  ~Data() {
    std::error_code ec;
    if (!dir.empty()) std::filesystem::remove_all(dir, ec);
  }
  std::filesystem::path dir;
  std::string url, province, commune;
};

void fill(store::Connection& db, Data& d) {
  struct Place {
    std::string code, province;
  };
  std::vector<Place> places;
  for (const auto& r : db.query("SELECT code, province_code FROM communes ORDER BY code").rows)
    places.push_back({r.str(0), r.str(1)});
  d.province = db.query(
                     "SELECT province_code FROM communes GROUP BY province_code ORDER BY COUNT(*) DESC, "
                     "province_code LIMIT 1")
                   .one()
                   .str(0);
  bench::Rng rng{5};
  const int64_t now = 1'760'000'000;
  // A day from 1/11/2024 to 31/12/2026: both windows compared and a little either side.
  auto day = [&] { return calendar::Date(2024, 11, 1).add_days(static_cast<int>(rng.in(0, 790))).iso(); };
  auto place = [&]() -> const Place& { return places[static_cast<size_t>(rng.in(0, places.size() - 1))]; };

  db.begin();
  std::vector<store::Params> approved;
  for (const auto& p : places) {
    if (!rng.chance(10)) continue;
    db.query("UPDATE communes SET is_border = 1 WHERE code = $1", {p.code});
    if (rng.chance(50)) approved.push_back({p.province, p.code, int64_t{kYear}, "approved", "{}", now});
  }
  db.commit();
  db.bulk_insert("area_drug_free_assessments",
                 {"province_code", "commune_code", "year", "status", "facts_json", "proposed_at"}, approved);

  // Each case's history: investigated from its date, and a resolved one prosecuted or tried up to
  // 200 days later (so some cases of a window are resolved only after its end).
  static const std::vector<std::string> kStatus{"investigating", "prosecuted", "tried", "tried"};
  std::vector<store::Params> rows, history;
  for (int64_t i = 0; i < kCases; ++i) {
    const auto& p = place();
    const std::string date = day(), status = rng.pick(kStatus);
    const std::string since =
        status == "investigating" ? date : calendar::Date::parse(date)->add_days(static_cast<int>(rng.in(0, 200))).iso();
    rows.push_back({i + 1, p.province, p.code, date, status, since, now, now});
    history.push_back({i + 1, "investigating", date, now});
    if (status != "investigating") history.push_back({i + 1, status, since, now});
  }
  db.bulk_insert("area_cases",
                 {"id", "province_code", "commune_code", "case_date", "status", "status_date", "created_at",
                  "updated_at"},
                 rows);
  db.bulk_insert("area_case_status_changes", {"case_id", "status", "effective_date", "changed_at"}, history);
  rows.clear();
  static const std::vector<std::string> kKinds{"use_point", "hotspot", "retail"};
  for (int64_t i = 0; i < kPoints; ++i) {
    const auto& p = place();
    const bool gone = rng.chance(40);
    rows.push_back({i + 1, p.province, p.code, rng.pick(kKinds), "Điểm " + std::to_string(i),
                    "diem " + std::to_string(i), gone ? "eliminated" : "verified", day(),
                    gone ? store::Value(day()) : store::Value(), int64_t{rng.chance(5) ? 1 : 0}, now, now});
  }
  db.bulk_insert("area_points",
                 {"id", "province_code", "commune_code", "kind", "address", "address_key", "status", "found_date",
                  "eliminated_date", "reformed", "created_at", "updated_at"},
                 rows);
  d.commune = db.query(
                    "SELECT commune_code FROM area_cases WHERE province_code = $1 GROUP BY commune_code ORDER BY "
                    "COUNT(*) DESC, commune_code LIMIT 1",
                    {d.province})
                  .one()
                  .str(0);
}

Data& data() {
  static Data d;
  static const bool ready = [] {
    app::crypto::init();
    d.dir = std::filesystem::temp_directory_path() / "pcmt-indicators-bench";
    d.url = bench::fresh_database(d.dir);
    fill(*store::connect(d.url), d);
    std::cerr << "generated " << kCases << " cases and " << kPoints << " points; province " << d.province << "\n";
    return true;
  }();
  (void)ready;
  return d;
}

app::Actor actor(app::Role role, app::Scope scope, const std::string& province) {
  app::Actor a;
  a.role = role;
  a.scope = std::move(scope);
  a.province_code = province;
  a.username = "bench";
  return a;
}

void ProvinceIndicators(benchmark::State& state) {
  auto db = store::connect(data().url);
  const auto office = actor(app::Role::standing_office, {app::ScopeKind::province, data().province}, data().province);
  for (auto _ : state) benchmark::DoNotOptimize(app::areas::indicators(*db, office, "", kYear, ""));
}
BENCHMARK(ProvinceIndicators)->Unit(benchmark::kMillisecond);

void CommuneIndicators(benchmark::State& state) {
  auto db = store::connect(data().url);
  const auto user = actor(app::Role::commune, {app::ScopeKind::commune, data().commune}, data().province);
  for (auto _ : state) benchmark::DoNotOptimize(app::areas::indicators(*db, user, "", kYear, ""));
}
BENCHMARK(CommuneIndicators)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
