// Person-lifecycle deadline computation: how fast the core turns a person's events into
// their deadlines, which the commune worklist does for every person it lists.
//
//   LifecycleManagementYear   a management decision and 12 monthly checks (40 deadlines)
//   LifecycleFullPath         positive test → management → addiction → voluntary rehab → violation →
//                             compulsory file, court, stay → release → post-rehab (≈ 30 events)
//   LifecycleFromJson         the same path parsed from JSON, as `pcmt deadlines` does
//   WorkingDays10AcrossTet    "10 working days after" over Tết, with the holiday cache warm
//   LunarNewYearCold          one Tết date computed from scratch (new moons, solar terms)
#include <benchmark/benchmark.h>

#include "core/calendar/holidays.hpp"
#include "core/calendar/lunar.hpp"
#include "core/people/lifecycle.hpp"

namespace {

using namespace pcmt;

const rules::RuleBook& book() {
  static const auto b = rules::RuleBook::embedded();
  return b;
}

const char* kManagementYear = R"([
  {"type": "user_management_decision", "date": "2025-03-10"},
  {"type": "residence_check", "date": "2025-03-20"}, {"type": "residence_check", "date": "2025-04-20"},
  {"type": "residence_check", "date": "2025-05-20"}, {"type": "residence_check", "date": "2025-06-20"},
  {"type": "residence_check", "date": "2025-07-20"}, {"type": "residence_check", "date": "2025-08-20"},
  {"type": "residence_check", "date": "2025-09-20"}, {"type": "residence_check", "date": "2025-10-20"},
  {"type": "residence_check", "date": "2025-11-20"}, {"type": "residence_check", "date": "2025-12-20"},
  {"type": "residence_check", "date": "2026-01-20"}, {"type": "residence_check", "date": "2026-02-20"},
  {"type": "user_management_end", "date": "2026-03-10"}])";

const char* kFullPath = R"([
  {"type": "positive_test", "date": "2023-03-06"},
  {"type": "residence_verified", "date": "2023-03-08", "stable": true},
  {"type": "commune_notified", "date": "2023-03-09"},
  {"type": "user_management_decision", "date": "2023-03-13"},
  {"type": "residence_check", "date": "2023-03-20"}, {"type": "residence_check", "date": "2023-04-20"},
  {"type": "positive_test", "date": "2023-05-02"},
  {"type": "addiction_request", "date": "2023-05-03"},
  {"type": "addiction_result", "date": "2023-05-05", "criteria": [1, 2, 3, 6]},
  {"type": "registration", "date": "2023-05-10", "form": "home"},
  {"type": "rehab_decision", "date": "2023-05-12", "form": "home"},
  {"type": "rehab_start", "date": "2023-05-15", "form": "home", "planned_months": 6},
  {"type": "violation_report", "date": "2023-07-03", "reason": "use_during_rehab"},
  {"type": "compulsory_file_compiled", "date": "2023-07-06"},
  {"type": "compulsory_file_forwarded", "date": "2023-07-12"},
  {"type": "court_query", "date": "2023-07-14"},
  {"type": "deadline_met", "date": "2023-07-17", "deadline": "compulsory.court_reply"},
  {"type": "court_decision", "date": "2023-07-20", "decision": "compulsory", "term_months": 18},
  {"type": "compulsory_admission", "date": "2023-07-24"},
  {"type": "compulsory_review", "date": "2023-10-20"}, {"type": "compulsory_review", "date": "2024-01-20"},
  {"type": "compulsory_review", "date": "2024-04-20"},
  {"type": "compulsory_reduction", "date": "2024-05-02", "months": 2, "recent_good_months": 3},
  {"type": "compulsory_review", "date": "2024-07-20"},
  {"type": "compulsory_release", "date": "2024-11-25"},
  {"type": "post_rehab_report", "date": "2024-11-27"},
  {"type": "post_rehab_proposal", "date": "2024-11-28"},
  {"type": "post_rehab_decision", "date": "2024-11-29"},
  {"type": "unreported_absence", "date": "2025-02-01", "days": 6}])";

void LifecycleManagementYear(benchmark::State& state) {
  const auto events = people::parse_events(kManagementYear);
  const auto as_of = *calendar::Date::parse("2025-09-01");
  for (auto _ : state) {
    people::Lifecycle lc(book(), calendar::HolidayCalendar::standard(), {});
    for (const auto& e : events) lc.apply(e);
    benchmark::DoNotOptimize(lc.report(as_of));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(LifecycleManagementYear);

void LifecycleFullPath(benchmark::State& state) {
  const auto events = people::parse_events(kFullPath);
  const people::PersonFacts adult{calendar::Date::parse("1990-01-01")};
  const auto as_of = *calendar::Date::parse("2025-06-01");
  for (auto _ : state) {
    people::Lifecycle lc(book(), calendar::HolidayCalendar::standard(), adult);
    for (const auto& e : events) lc.apply(e);
    benchmark::DoNotOptimize(lc.report(as_of));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(LifecycleFullPath);

void LifecycleFromJson(benchmark::State& state) {
  const people::PersonFacts adult{calendar::Date::parse("1990-01-01")};
  const auto as_of = *calendar::Date::parse("2025-06-01");
  for (auto _ : state) {
    const auto report = people::compute_lifecycle(kFullPath, book(), calendar::HolidayCalendar::standard(), adult, as_of);
    benchmark::DoNotOptimize(boost::json::serialize(people::to_json(report)));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(LifecycleFromJson);

void WorkingDays10AcrossTet(benchmark::State& state) {
  const auto& cal = calendar::HolidayCalendar::standard();
  const auto from = *calendar::Date::parse("2026-02-10");
  for (auto _ : state) benchmark::DoNotOptimize(cal.add_working_days(from, 10));
}
BENCHMARK(WorkingDays10AcrossTet);

void LunarNewYearCold(benchmark::State& state) {
  int year = 1950;
  for (auto _ : state) {
    benchmark::DoNotOptimize(calendar::lunar_new_year(year));
    year = year == 2150 ? 1950 : year + 1;
  }
}
BENCHMARK(LunarNewYearCold);

}  // namespace

BENCHMARK_MAIN();
