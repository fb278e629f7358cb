// The people registry at national scale (issue 4 budget): 500,000 people with 3 million lifecycle
// events on SQLite, written with the bulk writers exactly as an import writes them (people, name words,
// events, and the episodes and deadlines the lifecycle engine derives from the events).
//
//   PeopleNameSearch/<scope>/<kind>   app::people::search_people, audit row included; queries sampled
//                              from the registry: a third with diacritics, a third folded, a third
//                              with one wrong letter (kind -1), or only the last (kind 2). Goal: p95 < 20 ms.
//   PeopleCommuneWorklist      app::people::worklist for random communes. Goal: < 50 ms.
//   PeopleImport100k           app::people::import_people of a 100,000-row CSV with validation and
//                              commit, into a fresh database. Goal: < 10 s.
//   PeopleImportCheck100k      the same file validated (dry run) against the 500,000-person registry.
//   PeopleRuleValue/<pack>     app::people::set_rule_value: one param of the pack set (to the value it
//                              has, then the override removed, so the registry stays as generated),
//                              and the job it starts run to its end, which recomputes every person with
//                              an episode under the pack, 250 people per transaction: law-120-2025 ≈ 8,400 people, law-73-2021 all 500,000; their
//                              rows stay as they are, so nothing is rewritten.
//   PeopleRuleValue/law73_post_rehab  post_rehab.proposal_wd one working day longer: all 500,000
//                              replayed, the deadlines of the quarter with a post-rehab report
//                              rewritten (the old value is set back and removed untimed afterwards).
//
// The registry is generated once into $PCMT_BENCH_DIR (default /tmp/pcmt-people-bench) and reused
// by later runs; delete the directory to regenerate. Figures: p50/p95 in ms as counters.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>

#include "bench_support.hpp"
#include "app/job_kinds.hpp"
#include "app/people/bulk_rows.hpp"
#include "app/people/id_allocation.hpp"
#include "app/people/import.hpp"
#include "app/people/lifecycle_store.hpp"
#include "app/people/person_rows.hpp"
#include "app/people/rule_book.hpp"
#include "app/people/search.hpp"
#include "app/people/worklist.hpp"
#include "app/reference.hpp"
#include "core/text/normalize.hpp"
#include "store/migrate.hpp"

namespace {

namespace ppl = pcmt::app::people;
namespace json = boost::json;
using pcmt::calendar::Date;
using Clock = std::chrono::steady_clock;

constexpr int kPeople = 500'000;
constexpr int kImportRows = 100'000;
const Date kToday{2026, 11, 24};

using pcmt::bench::Rng;

// Family names roughly by their share of the population (Nguyễn ≈ 38 %).
const std::vector<std::pair<std::string, int>> kFamilies{
    {"Nguyễn", 380}, {"Trần", 110}, {"Lê", 95}, {"Phạm", 70}, {"Hoàng", 35}, {"Huỳnh", 20}, {"Phan", 45}, {"Vũ", 25},
    {"Võ", 15},      {"Đặng", 21},  {"Bùi", 20}, {"Đỗ", 14},   {"Hồ", 13},    {"Ngô", 13},   {"Dương", 10}, {"Lý", 5},
    {"Đinh", 6},     {"Trịnh", 5},  {"Lương", 4}, {"Mai", 4},   {"Cao", 4},    {"Tạ", 3},     {"Lò", 3},     {"Hà", 5}};
const std::vector<std::string> kMiddleMale{"Văn", "Văn", "Văn", "Đức", "Hữu", "Minh", "Quốc", "Thanh", "Công", "Xuân",
                                           "Đình", "Ngọc", "Quang", "Trọng", "Anh"};
const std::vector<std::string> kMiddleFemale{"Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim"};
const std::vector<std::string> kGivenMale{
    "An", "Anh", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Đông", "Giang", "Hải", "Hào", "Hiếu", "Hòa", "Hoàng", "Hùng",
    "Huy", "Khánh", "Khoa", "Kiên", "Lâm", "Linh", "Long", "Lực", "Mạnh", "Minh", "Nam", "Nghĩa", "Nhân", "Phong",
    "Phúc", "Phương", "Quân", "Quang", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng",
    "Việt", "Vinh", "Vũ", "Hưng", "Lợi", "Tiến", "Chiến"};
const std::vector<std::string> kGivenFemale{"Anh", "Hà", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Nhung",
                                            "Oanh", "Phương", "Thảo", "Trang", "Vân", "Yến"};
const std::vector<std::string> kDrugs{"heroin", "methamphetamine", "methamphetamine", "mdma", "cannabis", "ketamine",
                                      "opium"};

std::string family(Rng& rng) {
  int64_t total = 0;
  for (const auto& [n, w] : kFamilies) total += w;
  int64_t x = rng.in(1, total);
  for (const auto& [n, w] : kFamilies)
    if ((x -= w) <= 0) return n;
  return kFamilies.front().first;
}

struct Commune {
  std::string code, province;
};

std::vector<Commune> communes(pcmt::store::Connection& db) {
  std::vector<Commune> out;
  for (const auto& r : db.query("SELECT code, province_code FROM communes ORDER BY code").rows)
    out.push_back({r.str(0), r.str(1)});
  return out;
}

// Birth-registration codes in use (001–096 have gaps): the ones the ID parser knows.
const std::vector<std::string>& birth_codes() {
  static const std::vector<std::string> codes{"001", "004", "008", "015", "019", "022", "025", "027", "030",
                                              "031", "033", "036", "037", "038", "040", "042", "044", "045",
                                              "046", "048", "049", "051", "052", "054", "056", "058", "060",
                                              "064", "066", "068", "074", "075", "079", "080", "082", "083",
                                              "086", "087", "089", "091", "092", "094", "095", "096"};
  return codes;
}

struct Generated {
  ppl::Person person;
  std::vector<json::object> events;
};

// A unique, well-formed personal ID: birth place, century+sex digit, year, then a per-prefix serial.
std::string personal_id(Rng& rng, const std::string& sex, int year, std::map<std::string, int>& serials, int base) {
  const int century_sex = (year >= 2000 ? 2 : 0) + (sex == "female" ? 1 : 0);
  char prefix[8];
  std::snprintf(prefix, sizeof prefix, "%s%d%02d", rng.pick(birth_codes()).c_str(), century_sex, year % 100);
  char id[16];
  std::snprintf(id, sizeof id, "%s%06d", prefix, base + serials[prefix]++);
  return id;
}

json::object ev(const std::string& type, Date d, json::object fields = {}) {
  fields["type"] = type;
  fields["date"] = d.iso();
  return fields;
}

// One of four courses a person's record takes (each valid under the engine; see docs/people-events.md).
std::vector<json::object> course(Rng& rng, Date start) {
  switch (rng.in(0, 3)) {
    case 0:
      return {ev("positive_test", start), ev("residence_verified", start.add_days(1), {{"stable", true}}),
              ev("commune_notified", start.add_days(2)), ev("user_management_decision", start.add_days(5)),
              ev("residence_check", start.add_days(19)), ev("residence_check", start.add_days(50))};
    case 1:
      return {ev("addiction_result", start, {{"result", "addicted"}}), ev("registration", start.add_days(2), {{"form", "home"}}),
              ev("rehab_decision", start.add_days(6), {{"form", "home"}}),
              ev("rehab_start", start.add_days(9), {{"form", "home"}, {"planned_months", 6}}),
              ev("rehab_complete", start.add_days(9).add_months(6).add_days(1), {{"stages", json::array{"a", "b", "c"}}}),
              ev("post_rehab_report", start.add_days(9).add_months(6).add_days(3)),
              ev("post_rehab_proposal", start.add_days(9).add_months(6).add_days(5)),
              ev("post_rehab_decision", start.add_days(9).add_months(6).add_days(8))};
    case 2:
      return {ev("addiction_result", start, {{"result", "addicted"}}),
              ev("registration", start.add_days(2), {{"form", "substitution"}}),
              ev("rehab_decision", start.add_days(6), {{"form", "substitution"}}),
              ev("rehab_start", start.add_days(9), {{"form", "substitution"}}),
              ev("substitution_phase", start.add_days(40), {{"phase", "maintenance"}})};
    default:
      return {ev("addiction_result", start, {{"result", "addicted"}}),
              ev("violation_report", start.add_days(14), {{"reason", "not_registered"}}),
              ev("compulsory_file_compiled", start.add_days(19)), ev("compulsory_file_forwarded", start.add_days(26)),
              ev("court_decision", start.add_days(40), {{"decision", "compulsory"}, {"term_months", 24}}),
              ev("compulsory_admission", start.add_days(42))};
  }
}

// `serial_base` keeps the IDs of two generated sets apart (the registry from 0, an import file from 900000).
Generated generate(Rng& rng, const std::vector<Commune>& all, std::map<std::string, int>& serials, int serial_base = 0) {
  Generated g;
  auto& p = g.person;
  p.sex = rng.chance(90) ? "male" : "female";
  const bool male = p.sex == "male";
  p.full_name = family(rng) + " " + rng.pick(male ? kMiddleMale : kMiddleFemale) + " " +
                rng.pick(male ? kGivenMale : kGivenFemale);
  p.search_key = pcmt::text::search_key(p.full_name);
  const int year = static_cast<int>(rng.in(1962, 2008));
  const Date birth(year, static_cast<int>(rng.in(1, 12)), static_cast<int>(rng.in(1, 28)));
  p.birth_date = birth.iso();
  p.birth_year = year;
  p.personal_id = personal_id(rng, p.sex, year, serials, serial_base);
  const Commune& c = rng.pick(all);
  p.commune_code = c.code;
  p.province_code = c.province;
  p.address = "Tổ " + std::to_string(rng.in(1, 30));
  p.drug_types = {rng.pick(kDrugs)};
  // Courses begin between March 2022 and March 2026, so every event is in the past.
  g.events = course(rng, Date(2022, 3, 1).add_days(static_cast<int>(rng.in(0, 1490))));
  return g;
}

// The registry, generated once per directory.
struct Registry {
  std::string url;
  std::vector<Commune> all_communes;
  std::vector<std::string> busy_communes;  // communes with people
  std::vector<std::string> names;          // full names of registered people, for queries
  int64_t people = 0, events = 0;
};

void write_chunk(pcmt::store::Connection& db, std::vector<Generated>& chunk, const pcmt::rules::RuleBook& book,
                 int64_t& events_written) {
  const ppl::LargeWriteCache cache(db);
  pcmt::store::Transaction tx(db);
  const auto ids = ppl::reserve_ids(db, "people", chunk.size());
  // Replay first: a course the engine would refuse is cut at the refused event.
  std::vector<ppl::Derived> derived(chunk.size());
  size_t event_total = 0;
  for (size_t i = 0; i < chunk.size(); ++i) {
    std::vector<ppl::StoredEvent> stored;
    for (auto& e : chunk[i].events) stored.push_back({0, std::string(e.at("type").as_string()),
                                                      std::string(e.at("date").as_string()), e, {}, {}, {}, "", 0});
    for (;;) {
      try {
        derived[i] = ppl::derive(stored, book, Date::parse(chunk[i].person.birth_date), kToday);
        break;
      } catch (const pcmt::people::LifecycleError& e) {
        stored.resize(e.event_index.value_or(0));
        chunk[i].events.resize(stored.size());
      }
    }
    event_total += stored.size();
  }
  const auto event_ids = ppl::reserve_ids(db, "person_events", event_total);
  ppl::PersonRows people;
  ppl::DerivedRows rows;
  std::vector<pcmt::store::Params> events;
  size_t next = 0;
  for (size_t i = 0; i < chunk.size(); ++i) {
    auto& p = chunk[i].person;
    p.id = ids[i];
    p.state = std::string(pcmt::people::state_code(derived[i].report.state));
    people.add(p, std::nullopt, 1'700'000'000);
    for (const auto& e : chunk[i].events)
      events.push_back({event_ids[next++], p.id, std::string(e.at("type").as_string()),
                        std::string(e.at("date").as_string()), json::serialize(e), pcmt::store::Value(),
                        pcmt::store::Value(), pcmt::store::Value(), int64_t{1'700'000'000}});
    rows.add(p.id, p.province_code, p.commune_code, derived[i]);
  }
  people.insert(db);
  ppl::insert_rows(db, "person_events",
                 {"id", "person_id", "type", "event_date", "body", "facility_id", "reason", "recorded_by", "recorded_at"},
                 events);
  rows.insert(db);
  tx.commit();
  events_written += static_cast<int64_t>(events.size());
}

const Registry& registry() {
  static const Registry reg = [] {
    Registry r;
    const char* env = std::getenv("PCMT_BENCH_DIR");
    const std::filesystem::path dir = env ? env : "/tmp/pcmt-people-bench";
    std::filesystem::create_directories(dir);
    r.url = "sqlite:" + (dir / "people.db").string();
    auto db = pcmt::store::connect(r.url);
    pcmt::store::migrate(*db);
    pcmt::app::load_reference_data(*db);
    r.all_communes = communes(*db);
    r.people = db->query("SELECT COUNT(*) FROM people").one().i64(0);
    if (r.people < kPeople) {
      if (r.people > 0) throw std::runtime_error("partial bench database in " + dir.string() + ": delete it");
      const auto t0 = Clock::now();
      const auto book = ppl::people_rule_book(*db);
      Rng rng{42};
      std::map<std::string, int> serials;
      std::vector<Generated> chunk;
      for (int i = 0; i < kPeople; ++i) {
        chunk.push_back(generate(rng, r.all_communes, serials));
        if (chunk.size() == 25'000 || i + 1 == kPeople) {
          write_chunk(*db, chunk, book, r.events);
          chunk.clear();
        }
      }
      const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
      std::cerr << "generated " << kPeople << " people and " << r.events << " events in " << secs << " s\n";
      r.people = kPeople;
    }
    r.events = db->query("SELECT COUNT(*) FROM person_events").one().i64(0);
    const int64_t episodes = db->query("SELECT COUNT(*) FROM person_episodes").one().i64(0);
    const int64_t deadlines = db->query("SELECT COUNT(*) FROM person_deadlines").one().i64(0);
    std::cerr << "registry: " << r.people << " people, " << r.events << " events, " << episodes << " episodes, "
              << deadlines << " deadlines\n";
    for (const auto& row : db->query("SELECT full_name FROM people WHERE id % 997 = 0 ORDER BY id").rows)
      r.names.push_back(row.str(0));
    for (const auto& row : db->query("SELECT DISTINCT commune_code FROM people WHERE id % 101 = 0").rows)
      r.busy_communes.push_back(row.str(0));
    return r;
  }();
  return reg;
}

pcmt::app::Actor actor(pcmt::app::Role role, pcmt::app::ScopeKind kind, const std::string& scope,
                       const std::string& province) {
  pcmt::app::Actor a;
  a.username = "bench";
  a.role = role;
  a.scope = {kind, scope};
  a.province_code = province;
  return a;
}

// One letter changed in the longest word: the typing mistake search must forgive.
std::string with_typo(const std::string& folded, Rng& rng) {
  auto words = std::vector<std::string>{};
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  auto& w = *std::max_element(words.begin(), words.end(), [](auto& a, auto& b) { return a.size() < b.size(); });
  w[static_cast<size_t>(rng.in(0, static_cast<int64_t>(w.size()) - 1))] = static_cast<char>('a' + rng.in(0, 25));
  std::string out;
  for (const auto& x : words) out += (out.empty() ? "" : " ") + x;
  return out;
}

void report_percentiles(benchmark::State& state, std::vector<double>& ms) {
  if (ms.empty()) return;
  std::sort(ms.begin(), ms.end());
  state.counters["p50_ms"] = ms[ms.size() / 2];
  state.counters["p95_ms"] = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
  state.counters["max_ms"] = ms.back();
}

// Who searches: an admin (all 500,000 people) or province 40's standing office.
pcmt::app::Actor searcher(bool national) {
  return national ? actor(pcmt::app::Role::admin, pcmt::app::ScopeKind::province, "40", "40")
                  : actor(pcmt::app::Role::standing_office, pcmt::app::ScopeKind::province, "40", "40");
}

void PeopleNameSearch(benchmark::State& state) {
  const auto& reg = registry();
  auto db = pcmt::store::connect(reg.url);
  const bool national = state.range(0) == 1;
  const auto who = searcher(national);
  Rng rng{7};
  std::vector<double> ms;
  int64_t results = 0;
  for (auto _ : state) {
    const std::string& name = rng.pick(reg.names);
    ppl::SearchQuery q;
    const int kind = state.range(1) >= 0 ? static_cast<int>(state.range(1)) : static_cast<int>(rng.in(0, 2));
    q.q = kind == 0 ? name : kind == 1 ? pcmt::text::search_key(name) : with_typo(pcmt::text::search_key(name), rng);
    q.page_size = 20;
    const auto t0 = Clock::now();
    auto r = ppl::search_people(*db, who, q);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    results += r.total;
    benchmark::DoNotOptimize(r);
  }
  state.counters["avg_results"] = static_cast<double>(results) / static_cast<double>(ms.size());
  report_percentiles(state, ms);
  state.SetLabel(std::string(national ? "admin: all 500,000 people" : "province 40 officer") +
                 (state.range(1) == 2 ? ", one wrong letter" : ", mixed"));
}
// Args: scope (0 province, 1 national), query kind (-1 mixed thirds, 2 only with a wrong letter).
BENCHMARK(PeopleNameSearch)
    ->Args({0, -1})
    ->Args({1, -1})
    ->Args({1, 2})
    ->Iterations(600)
    ->Unit(benchmark::kMillisecond);

// The most common name of the registry ("nguyen van an": ≈ 750 exact namesakes nationally and many
// more one letter away, "nguyen van anh"), what the search box sends on the way there ("nguyen",
// "nguyen van", as the web UI searches while typing) and the page as it opens (no query: everyone
// in scope). First page of 50 as the web UI asks, audit row included.
const std::vector<std::string> kCommonQueries{"nguyen van an", "nguyen", "nguyen van", ""};

void PeopleCommonNameSearch(benchmark::State& state) {
  const auto& reg = registry();
  auto db = pcmt::store::connect(reg.url);
  const bool national = state.range(0) == 1;
  const auto who = searcher(national);
  const std::string& typed = kCommonQueries.at(static_cast<size_t>(state.range(1)));
  std::vector<double> ms;
  int64_t results = 0, shown = 0;
  for (auto _ : state) {
    ppl::SearchQuery q;
    q.q = typed;
    q.page_size = 50;
    const auto t0 = Clock::now();
    auto r = ppl::search_people(*db, who, q);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    results += r.total;
    shown += static_cast<int64_t>(r.items.size());
    benchmark::DoNotOptimize(r);
  }
  state.counters["total"] = static_cast<double>(results) / static_cast<double>(ms.size());
  state.counters["shown"] = static_cast<double>(shown) / static_cast<double>(ms.size());
  report_percentiles(state, ms);
  state.SetLabel(std::string(national ? "admin: all 500,000 people" : "province 40 officer") + ", q=\"" + typed + "\"");
}
// Args: scope (0 province, 1 national), query (index in kCommonQueries).
BENCHMARK(PeopleCommonNameSearch)
    ->ArgsProduct({{0, 1}, {0, 1, 2, 3}})
    ->Iterations(200)
    ->Unit(benchmark::kMillisecond);

void PeopleCommuneWorklist(benchmark::State& state) {
  const auto& reg = registry();
  auto db = pcmt::store::connect(reg.url);
  Rng rng{11};
  std::vector<double> ms;
  int64_t items = 0;
  for (auto _ : state) {
    const std::string& code = rng.pick(reg.busy_communes);
    const auto who = actor(pcmt::app::Role::commune, pcmt::app::ScopeKind::commune, code,
                           db->query("SELECT province_code FROM communes WHERE code = $1", {code}).one().str(0));
    const auto t0 = Clock::now();
    auto w = ppl::worklist(*db, who, "", "", kToday);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    items += static_cast<int64_t>(w.items.size()) + w.overdue;
    benchmark::DoNotOptimize(w);
  }
  state.counters["avg_items_and_overdue"] = static_cast<double>(items) / static_cast<double>(ms.size());
  report_percentiles(state, ms);
}
BENCHMARK(PeopleCommuneWorklist)->Iterations(300)->Unit(benchmark::kMillisecond);

// 100,000 rows in the communes of one province, as a commune list would have them.
std::string import_csv(const std::vector<Commune>& all) {
  std::vector<Commune> province;
  for (const auto& c : all)
    if (c.province == "40") province.push_back(c);
  Rng rng{99};
  std::map<std::string, int> serials;
  std::string csv = "Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã,Địa chỉ,Loại ma túy,Tình trạng,Ngày quyết định\n";
  for (int i = 0; i < kImportRows; ++i) {
    auto g = generate(rng, province, serials, 900'000);
    const Date birth = *Date::parse(g.person.birth_date);
    char date[16];
    std::snprintf(date, sizeof date, "%02d/%02d/%04d", birth.day(), birth.month(), birth.year());
    csv += g.person.personal_id + "," + g.person.full_name + "," + date + "," + (g.person.sex == "male" ? "Nam" : "Nữ") +
           "," + g.person.commune_code + "," + g.person.address + "," + g.person.drug_types.front() + "," +
           (i % 2 ? "Đang quản lý,15/03/2026" : ",") + "\n";
  }
  return csv;
}

void PeopleImport(benchmark::State& state, bool commit) {
  const auto& reg = registry();
  const std::string csv = import_csv(reg.all_communes);
  const auto who = actor(pcmt::app::Role::standing_office, pcmt::app::ScopeKind::province, "40", "40");
  for (auto _ : state) {
    state.PauseTiming();
    std::string url = reg.url;
    std::filesystem::path fresh;
    if (commit) {
      fresh = std::filesystem::temp_directory_path() / "pcmt-people-import-bench.db";
      std::filesystem::remove(fresh);
      url = "sqlite:" + fresh.string();
      auto init = pcmt::store::connect(url);
      pcmt::store::migrate(*init);
      pcmt::app::load_reference_data(*init);
    }
    auto db = pcmt::store::connect(url);
    ppl::ImportRequest req{"csv", csv, {}, "", commit};
    state.ResumeTiming();
    auto r = ppl::import_people(*db, who, req, kToday);
    state.PauseTiming();
    if (r.valid != kImportRows || !r.errors.empty()) state.SkipWithError(("rows refused: " + r.errors.front().message).c_str());
    state.counters["rows"] = r.rows;
    state.counters["flagged_duplicates"] = static_cast<double>(r.duplicates.size());
    db.reset();
    if (!fresh.empty()) std::filesystem::remove(fresh);
    state.ResumeTiming();
  }
}
void PeopleImport100k(benchmark::State& state) { PeopleImport(state, true); }
void PeopleImportCheck100k(benchmark::State& state) { PeopleImport(state, false); }
BENCHMARK(PeopleImport100k)->Iterations(1)->Unit(benchmark::kSecond);
BENCHMARK(PeopleImportCheck100k)->Iterations(1)->Unit(benchmark::kSecond);

void PeopleRuleValue(benchmark::State& state, const std::string& pack, const std::string& param, double delta) {
  const auto& reg = registry();
  auto db = pcmt::store::connect(reg.url);
  const auto admin = actor(pcmt::app::Role::admin, pcmt::app::ScopeKind::province, "40", "40");
  double value = 0;
  for (const auto& p : ppl::list_rule_packs(*db, admin))
    if (p.id == pack)
      for (const auto& x : p.params)
        if (x.name == param) value = x.value.value_or(0);
  for (auto _ : state) {
    const int64_t job = ppl::set_rule_value(*db, admin, pack, param, value + delta, "bench", kToday);
    pcmt::app::jobs::run_queued_jobs(*db, pcmt::app::job_runners());
    const auto change =
        boost::json::parse(db->query("SELECT result FROM jobs WHERE id = $1", {job}).one().str(0)).as_object();
    state.counters["recomputed"] = static_cast<double>(change.at("recomputed").as_int64());
    state.counters["changed"] = static_cast<double>(change.at("changed").as_int64());
    state.counters["now_refused"] = static_cast<double>(change.at("now_refused").as_array().size());
    state.PauseTiming();
    if (delta != 0) {
      ppl::set_rule_value(*db, admin, pack, param, value, "bench", kToday);
      pcmt::app::jobs::run_queued_jobs(*db, pcmt::app::job_runners());
    }
    db->query("DELETE FROM rule_pack_overrides WHERE pack_id = $1", {pack});
    state.ResumeTiming();
  }
}
BENCHMARK_CAPTURE(PeopleRuleValue, law120, std::string("law-120-2025"), std::string("user_management.notice_wd"), 0.0)
    ->Iterations(1)
    ->Unit(benchmark::kSecond);
BENCHMARK_CAPTURE(PeopleRuleValue, law73, std::string("law-73-2021"), std::string("user_management.notice_wd"), 0.0)
    ->Iterations(1)
    ->Unit(benchmark::kSecond);
BENCHMARK_CAPTURE(PeopleRuleValue, law73_post_rehab, std::string("law-73-2021"), std::string("post_rehab.proposal_wd"),
                  1.0)
    ->Iterations(1)
    ->Unit(benchmark::kSecond);

}  // namespace

BENCHMARK_MAIN();
