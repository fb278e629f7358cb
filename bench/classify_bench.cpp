// Classifying every commune of the country under QĐ 28/2025/QĐ-TTg (budget: the whole
// country from raw registries in under 1 s). Facts are generated deterministically for the 3,321
// real commune codes of data/reference/communes.csv, grouped by their 34 provinces.
//
//   ClassifyCountryFacts   the core alone: 3,321 communes + 34 provinces from facts structs
//   ClassifyCountryJson    what `pcmt classify` does per province: parse facts JSON, pick the
//                          rule pack, classify, serialise the result
//   CountryFromRawRecords  in-memory registries (500,000 people, 200,000 cases, 30,000 points,
//                          5,000 plant finds) counted into facts for one evaluation window, then
//                          classified: the core's share of the budget, without the database
#include <benchmark/benchmark.h>

#include <chrono>
#include <map>
#include <stdexcept>

#include "bench_support.hpp"
#include "core/areas/classify_json.hpp"
#include "core/areas/evaluation_window.hpp"
#include "core/resources.hpp"
#include "core/text/csv.hpp"

namespace {

using namespace pcmt::areas;
namespace json = boost::json;

constexpr int kYear = 2026;

using pcmt::bench::Rng;

struct Province {
  ProvinceFacts facts;
  std::vector<CommuneFacts> communes;
};

std::vector<Province> country_codes() {
  const auto csv = pcmt::resource("data/reference/communes.csv");
  if (!csv) throw std::runtime_error("data/reference/communes.csv is not embedded");
  std::map<std::string, Province> by_code;
  const auto records = pcmt::text::parse_csv(*csv);
  for (size_t i = 1; i < records.size(); ++i) {  // header: commune_code,commune_name,kind,province_code,...
    const auto& f = records[i].fields;
    auto& p = by_code[f.at(3)];
    p.facts.code = f.at(3);
    p.communes.emplace_back().code = f.at(0);
  }
  std::vector<Province> out;
  for (auto& [code, p] : by_code) out.push_back(std::move(p));
  return out;
}

// A spread of communes: quiet ones, type III, II and I, some on routes, a few with missing data.
void generate_facts(CommuneFacts& c, Rng& rng) {
  const int64_t p = rng.in(2000, 60000);
  c.population = p;
  const bool quiet = rng.chance(25);
  c.managed_users = quiet ? 0 : p * rng.in(0, 80) / 10000;
  c.use_points = quiet ? 0 : rng.in(0, 9) / 4;
  c.arrested_offenders = quiet ? 0 : p * rng.in(0, 15) / 10000;
  c.plants = rng.chance(10) ? rng.in(1, 5000) : 0;
  c.plant_area_m2_x100 = rng.chance(5) ? rng.in(1, 100000) : 0;
  c.on_route = rng.chance(20);
  c.resident_users_not_excluded = *c.managed_users / 2;
  c.resident_violators = quiet ? 0 : rng.in(0, 5);
  c.wanted_hiding = quiet ? 0 : rng.in(0, 1);
  if (rng.chance(1)) c.population = std::nullopt;
}

std::vector<Province> generated_country() {
  auto country = country_codes();
  Rng rng{2025};
  for (auto& p : country) {
    p.facts.on_inter_provincial_route = rng.chance(40);
    for (auto& c : p.communes) generate_facts(c, rng);
  }
  return country;
}

const AreaRules& rules() {
  static const auto book = pcmt::rules::RuleBook::embedded();
  static const auto r = AreaRules::from_pack(areas_pack_for_year(book, kYear));
  return r;
}

size_t commune_total(const std::vector<Province>& country) {
  size_t n = 0;
  for (const auto& p : country) n += p.communes.size();
  return n;
}

void ClassifyCountryFacts(benchmark::State& state) {
  const auto country = generated_country();
  std::map<std::string, int> tally;  // the spread the generator produced, to show it is not trivial
  for (auto _ : state) {
    tally.clear();
    for (const auto& p : country) {
      const auto run = classify_all(p.facts, p.communes, rules(), kYear);
      for (const auto& c : run.communes) ++tally[c.type ? std::string(to_string(*c.type)) : "insufficient_data"];
      benchmark::DoNotOptimize(run);
    }
  }
  for (const auto& [type, n] : tally) state.counters[type] = n;
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(commune_total(country)));
}

json::value fact(std::optional<int64_t> v) { return v ? json::value(*v) : json::value(nullptr); }

std::string facts_json(const Province& p) {
  json::array communes;
  for (const auto& c : p.communes) {
    communes.push_back(json::object{
        {"code", c.code},
        {"population", fact(c.population)},
        {"managed_users", fact(c.managed_users)},
        {"use_points", fact(c.use_points)},
        {"arrested_offenders", fact(c.arrested_offenders)},
        {"plants", fact(c.plants)},
        {"plant_area_m2", static_cast<double>(*c.plant_area_m2_x100) / kAreaScale},
        {"on_route", *c.on_route},
        {"resident_users_not_excluded", fact(c.resident_users_not_excluded)},
        {"resident_violators", fact(c.resident_violators)},
        {"wanted_hiding", fact(c.wanted_hiding)}});
  }
  return json::serialize(json::object{
      {"province", {{"code", p.facts.code}, {"on_inter_provincial_route", *p.facts.on_inter_provincial_route}}},
      {"communes", std::move(communes)}});
}

void ClassifyCountryJson(benchmark::State& state) {
  const auto country = generated_country();
  std::vector<std::string> documents;
  size_t bytes = 0;
  for (const auto& p : country) bytes += documents.emplace_back(facts_json(p)).size();
  const auto book = pcmt::rules::RuleBook::embedded();
  for (auto _ : state)
    for (const auto& d : documents) benchmark::DoNotOptimize(classify_json(d, book, kYear, kYear));
  state.counters["communes"] = static_cast<double>(commune_total(country));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes));
}

// Raw registry rows as the application would hold them after loading (the database read is
// not measured here). Dates are days since 1970-01-01.
struct Person {
  uint32_t commune;
  bool managed, excluded_from_drug_free;
};
struct Case {
  uint32_t commune;
  int32_t day;
  uint8_t offenders, resident_violators;
};
struct Point {
  uint32_t commune;
  int32_t found_day;
};
struct PlantFind {
  uint32_t commune;
  int32_t day;
  int32_t plants;
  int64_t area_x100;
};
struct Registries {
  std::vector<Person> people;
  std::vector<Case> cases;
  std::vector<Point> points;
  std::vector<PlantFind> plants;
};

int32_t day_number(Date d) { return static_cast<int32_t>(std::chrono::sys_days{d}.time_since_epoch().count()); }

Registries generated_registries(uint32_t communes) {
  Rng rng{28};
  Registries r;
  const int32_t first = day_number(std::chrono::year{kYear - 2} / 1 / 1), last = day_number(std::chrono::year{kYear} / 12 / 31);
  auto commune = [&] { return static_cast<uint32_t>(rng.in(0, communes - 1)); };
  r.people.reserve(500000);
  for (int i = 0; i < 500000; ++i) r.people.push_back({commune(), rng.chance(80), rng.chance(30)});
  r.cases.reserve(200000);
  for (int i = 0; i < 200000; ++i)
    r.cases.push_back({commune(), static_cast<int32_t>(rng.in(first, last)), static_cast<uint8_t>(rng.in(1, 3)),
                       static_cast<uint8_t>(rng.in(0, 2))});
  r.points.reserve(30000);
  for (int i = 0; i < 30000; ++i) r.points.push_back({commune(), static_cast<int32_t>(rng.in(first, last))});
  r.plants.reserve(5000);
  for (int i = 0; i < 5000; ++i)
    r.plants.push_back({commune(), static_cast<int32_t>(rng.in(first, last)), static_cast<int32_t>(rng.in(10, 2000)),
                        rng.in(100, 50000)});
  return r;
}

// Counts each registry into the facts of the communes for the evaluation window of kYear.
void count_into_facts(const Registries& r, std::vector<CommuneFacts*>& facts, const EvaluationWindow& w) {
  const int32_t from = day_number(w.first_day), to = day_number(w.last_day);
  auto in_window = [&](int32_t day) { return from <= day && day <= to; };
  for (auto* f : facts) {
    f->managed_users = 0, f->use_points = 0, f->arrested_offenders = 0, f->plants = 0, f->plant_area_m2_x100 = 0;
    f->resident_users_not_excluded = 0, f->resident_violators = 0, f->wanted_hiding = 0;
  }
  for (const auto& p : r.people) {
    auto& f = *facts[p.commune];
    *f.managed_users += p.managed;
    *f.resident_users_not_excluded += !p.excluded_from_drug_free;
  }
  for (const auto& c : r.cases) {
    if (!in_window(c.day)) continue;
    *facts[c.commune]->arrested_offenders += c.offenders;
    *facts[c.commune]->resident_violators += c.resident_violators;
  }
  for (const auto& p : r.points)
    if (in_window(p.found_day)) *facts[p.commune]->use_points += 1;
  for (const auto& p : r.plants) {
    if (!in_window(p.day)) continue;
    *facts[p.commune]->plants += p.plants;
    *facts[p.commune]->plant_area_m2_x100 += p.area_x100;
  }
}

void CountryFromRawRecords(benchmark::State& state) {
  auto country = generated_country();
  std::vector<CommuneFacts*> facts;
  for (auto& p : country)
    for (auto& c : p.communes) facts.push_back(&c);
  const auto registries = generated_registries(static_cast<uint32_t>(facts.size()));
  const auto window = evaluation_window(kYear, rules().calendar);
  for (auto _ : state) {
    count_into_facts(registries, facts, window);
    for (const auto& p : country) benchmark::DoNotOptimize(classify_all(p.facts, p.communes, rules(), kYear));
  }
  state.counters["communes"] = static_cast<double>(facts.size());
  state.counters["records"] = static_cast<double>(registries.people.size() + registries.cases.size() +
                                                  registries.points.size() + registries.plants.size());
}

void LoadAreaRules(benchmark::State& state) {
  const auto book = pcmt::rules::RuleBook::embedded();
  for (auto _ : state) benchmark::DoNotOptimize(AreaRules::from_pack(areas_pack_for_year(book, kYear)));
}

}  // namespace

BENCHMARK(ClassifyCountryFacts)->Unit(benchmark::kMillisecond);
BENCHMARK(ClassifyCountryJson)->Unit(benchmark::kMillisecond);
BENCHMARK(CountryFromRawRecords)->Unit(benchmark::kMillisecond);
BENCHMARK(LoadAreaRules)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
