// Tracking views of the plans module at provincial scale (budget: under 100 ms each with
// 40,000 tasks and 500,000 reports). A fresh SQLite database gets the real reference data and a
// generated province: 200 plans of 200 tasks (2021–2025, tracked to 2026), each task led by one
// agency with one or two partners, its deadline one of the contract's kinds, its report instances
// from the schedule core, and reports for most instances already due — on time, late, returned
// and filed again, accepted — until 500,000 reports exist. Rows go in with bulk_insert.
//
//   PlanStats            figures of one 200-task plan, agencies ranked
//   ProvinceStats        figures of every plan of the province (40,000 tasks), agencies ranked
//   AgencyDueList        an agency's open instances, first page
//   AgencyTasks          an agency's tasks across every plan, first page
//   AgencyInbox          reminders, overdue notices and notices of an agency
//   OfficeInbox          review queue and overdue notices of the whole province
//   PlanDetail           one plan with its 200 tasks, agencies, status and counts
//   PlanList             the first page of plans with their task counts
//   ExportDocx           the consolidated report of one plan as DOCX
#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>

#include "bench_support.hpp"
#include "app/crypto.hpp"
#include "app/plans/exports.hpp"
#include "app/plans/inbox.hpp"
#include "app/plans/instance_queries.hpp"
#include "app/plans/plan_queries.hpp"
#include "app/plans/stats.hpp"
#include "app/reference.hpp"
#include "core/schedule/schedule.hpp"
#include "store/db.hpp"
#include "store/migrate.hpp"

namespace {

using namespace pcmt;
namespace plans = app::plans;

constexpr int kPlans = 200;
constexpr int kTasksPerPlan = 200;
constexpr int64_t kReports = 500'000;
const calendar::Date kToday(2026, 6, 30);
const std::string kProvince = "40";

using pcmt::bench::Rng;

schedule::Due random_due(Rng& rng, calendar::Date plan_date) {
  schedule::Due d;
  const int roll = rng.in(1, 100);
  if (roll <= 30) {
    d.kind = schedule::DueKind::recurring;
    d.every = schedule::Every::half_year;
  } else if (roll <= 50) {
    d.kind = schedule::DueKind::recurring;
    d.every = schedule::Every::year;
    d.day = 15;
    d.month = 12;
  } else if (roll <= 80) {
    d.kind = schedule::DueKind::date;
    d.date = plan_date.add_days(rng.in(30, 900));
  } else if (roll <= 90) {
    d.kind = schedule::DueKind::continuous;
  } else {
    d.kind = rng.chance(50) ? schedule::DueKind::conditional : schedule::DueKind::none;
  }
  return d;
}

struct Province {
  ~Province() {
    std::error_code ec;  // the generated database is large: leave nothing behind
    if (!dir.empty()) std::filesystem::remove_all(dir, ec);
  }
  std::filesystem::path dir;
  std::string url;
  std::vector<int64_t> agencies;
  app::Actor office, agency;
  int64_t busiest_plan = 1;
  int64_t instances = 0, reports = 0, tasks = 0;
};

void generate(store::Connection& db, Province& p) {
  for (const auto& r :
       db.query("SELECT id FROM agencies WHERE province_code = $1 AND code NOT LIKE 'cac_%' ORDER BY id", {kProvince}).rows)
    p.agencies.push_back(r.i64(0));
  Rng rng{2026};
  std::vector<store::Params> plan_rows, task_rows, assignment_rows, instance_rows, report_rows;
  int64_t task_id = 0, instance_id = 0, report_id = 0;
  const int64_t now = 1'782'000'000;
  for (int plan = 1; plan <= kPlans; ++plan) {
    const calendar::Date date(2021 + (plan - 1) % 5, rng.in(1, 12), rng.in(1, 28));
    const std::string number = std::to_string(plan) + "/KH-UBND";
    plan_rows.push_back({plan, kProvince, number, date.iso(), "Ủy ban nhân dân tỉnh", "ke_hoach",
                         "Kế hoạch phòng, chống ma túy số " + std::to_string(plan), "ke hoach " + number,
                         "half_year", 2026, now});
    const schedule::PlanClock clock{date, {schedule::Every::half_year, std::nullopt, std::nullopt}, 2026};
    for (int t = 0; t < kTasksPerPlan; ++t) {
      ++task_id;
      const auto due = random_due(rng, date);
      const auto sched = schedule::schedule_for(due, clock);
      // One lead and one or two partners, skewed so that some agencies carry much more.
      std::vector<int64_t> who;
      const size_t n = p.agencies.size();
      who.push_back(p.agencies[static_cast<size_t>(rng.in(0, 9)) * static_cast<size_t>(rng.in(0, 1)) +
                               static_cast<size_t>(rng.in(0, static_cast<int>(n) - 11))]);
      for (int k = rng.in(1, 2); k > 0; --k) {
        const int64_t a = p.agencies[static_cast<size_t>(rng.in(0, static_cast<int>(n) - 1))];
        if (std::find(who.begin(), who.end(), a) == who.end()) who.push_back(a);
      }
      std::optional<std::string> first_due, open_due;
      for (size_t k = 0; k < who.size(); ++k) {
        assignment_rows.push_back({task_id, who[k], k == 0 ? "lead" : "cooperating", static_cast<int64_t>(k)});
        for (const auto& i : sched.instances) {
          ++instance_id;
          const std::string due_iso = i.due_date.iso();
          if (!first_due || due_iso < *first_due) first_due = due_iso;
          std::string status = "pending";
          store::Value first_filed, timeliness, last_report, progress;
          // Most reports already due were filed: on time mostly, some late, some returned and filed again.
          if (i.due_date < kToday && rng.chance(98)) {
            const bool late = rng.chance(12);
            const calendar::Date filed = late ? i.due_date.add_days(rng.in(1, 40)) : i.due_date.add_days(-rng.in(0, 10));
            const int filings = rng.chance(6) ? 2 : 1;
            for (int f = 0; f < filings; ++f) {
              ++report_id;
              const bool last = f == filings - 1;
              const std::string review = last ? (rng.chance(90) ? "accepted" : "") : "returned";
              report_rows.push_back({report_id, instance_id, who[k], rng.chance(30) ? "done" : "in_progress",
                                     "Đã triển khai thực hiện nhiệm vụ theo kế hoạch", "[]", now,
                                     review.empty() ? store::Value() : store::Value(review)});
            }
            status = report_rows.back()[7].kind() == store::Value::Kind::null ? "submitted" : "accepted";
            first_filed = filed.iso();
            timeliness = late ? "late" : "on_time";
            last_report = report_id;
            progress = report_rows.back()[3];
          } else if (!open_due || due_iso < *open_due) {
            open_due = due_iso;
          }
          instance_rows.push_back({instance_id, plan, task_id, who[k], kProvince, 1, i.period_key, i.label, due_iso,
                                   status, first_filed, timeliness, last_report, progress, now});
        }
      }
      task_rows.push_back({task_id, plan, t, "II." + std::to_string(t + 1), "Nhiệm vụ số " + std::to_string(t + 1),
                           std::string(schedule::to_string(due.kind)),
                           due.date ? store::Value(due.date->iso()) : store::Value(),
                           due.every ? store::Value(std::string(schedule::to_string(*due.every))) : store::Value(),
                           due.day, due.month, std::string(schedule::to_string(sched.state)), first_due, open_due, now});
    }
  }
  // Pad with re-filings of accepted instances' history to reach the report budget exactly.
  for (size_t i = 0; report_id < kReports && i < instance_rows.size(); ++i) {
    auto& row = instance_rows[i];
    if (row[9].text() != "accepted") continue;  // status
    ++report_id;
    report_rows.push_back({report_id, row[0], row[3], "in_progress", "Báo cáo bổ sung", "[]", now, "returned"});
  }
  store::Transaction tx(db);
  db.bulk_insert("plans", {"id", "province_code", "number", "doc_date", "issuer", "kind", "title", "search_key",
                           "report_every", "horizon_year", "created_at"},
                 plan_rows);
  db.bulk_insert("plan_tasks", {"id", "plan_id", "position", "ref", "text", "due_kind", "due_date", "due_every",
                                "due_day", "due_month", "due_state", "first_due", "open_due", "updated_at"},
                 task_rows);
  db.bulk_insert("task_agencies", {"task_id", "agency_id", "role", "position"}, assignment_rows);
  db.bulk_insert("report_instances", {"id", "plan_id", "task_id", "agency_id", "province_code", "required", "period_key",
                                      "period_label", "due_date", "status", "first_submitted_on", "timeliness",
                                      "last_report_id", "progress", "updated_at"},
                 instance_rows);
  db.bulk_insert("reports", {"id", "instance_id", "agency_id", "progress", "narrative", "results", "submitted_at",
                             "review"},
                 report_rows);
  tx.commit();
  p.tasks = task_id;
  p.instances = instance_id;
  p.reports = report_id;
  // The plan with the most instances, and the agency leading the most tasks.
  p.busiest_plan = db.query("SELECT plan_id FROM report_instances GROUP BY plan_id ORDER BY COUNT(*) DESC LIMIT 1").one().i64(0);
  const int64_t busiest_agency =
      db.query("SELECT agency_id FROM report_instances GROUP BY agency_id ORDER BY COUNT(*) DESC LIMIT 1").one().i64(0);
  p.office.role = app::Role::standing_office;
  p.office.scope = {app::ScopeKind::province, kProvince};
  p.office.province_code = kProvince;
  p.office.username = "bench";
  p.agency.role = app::Role::agency;
  p.agency.scope = {app::ScopeKind::agency, std::to_string(busiest_agency)};
  p.agency.province_code = kProvince;
  p.agency.username = "bench_agency";
}

Province& province() {
  static Province p;  // destroyed at exit, with the database
  static const bool generated = [] {
    app::crypto::init();
    p.dir = std::filesystem::temp_directory_path() / "pcmt-plans-bench";
    p.url = pcmt::bench::fresh_database(p.dir);
    auto db = store::connect(p.url);
    generate(*db, p);
    std::cerr << "generated " << p.tasks << " tasks, " << p.instances << " report instances, " << p.reports
              << " reports\n";
    return true;
  }();
  (void)generated;
  return p;
}

store::Connection& connection() {
  static auto db = store::connect(province().url);
  return *db;
}

void PlanStats(benchmark::State& state) {
  auto& p = province();
  for (auto _ : state) benchmark::DoNotOptimize(plans::plan_stats(connection(), p.office, p.busiest_plan, kToday));
}
BENCHMARK(PlanStats)->Unit(benchmark::kMillisecond);

void ProvinceStats(benchmark::State& state) {
  auto& p = province();
  plans::TrackingStats s;
  for (auto _ : state) s = plans::province_stats(connection(), p.office, "", kToday);
  state.counters["tasks"] = static_cast<double>(s.tasks.total);
  state.counters["reports_required"] = static_cast<double>(s.instances.required);
  state.counters["overdue_share_pct"] = s.tasks.overdue_share().value_or(0) * 100;
}
BENCHMARK(ProvinceStats)->Unit(benchmark::kMillisecond);

void AgencyDueList(benchmark::State& state) {
  auto& p = province();
  plans::InstanceFilter f;
  f.status = "open";
  for (auto _ : state) benchmark::DoNotOptimize(plans::list_instances(connection(), p.agency, f, kToday));
}
BENCHMARK(AgencyDueList)->Unit(benchmark::kMillisecond);

void AgencyTasks(benchmark::State& state) {
  auto& p = province();
  for (auto _ : state) benchmark::DoNotOptimize(plans::list_agency_tasks(connection(), p.agency, kToday, 1, 50));
}
BENCHMARK(AgencyTasks)->Unit(benchmark::kMillisecond);

void AgencyInbox(benchmark::State& state) {
  auto& p = province();
  for (auto _ : state) benchmark::DoNotOptimize(plans::read_inbox(connection(), p.agency, kToday, 50));
}
BENCHMARK(AgencyInbox)->Unit(benchmark::kMillisecond);

void OfficeInbox(benchmark::State& state) {
  auto& p = province();
  for (auto _ : state) benchmark::DoNotOptimize(plans::read_inbox(connection(), p.office, kToday, 50));
}
BENCHMARK(OfficeInbox)->Unit(benchmark::kMillisecond);

void PlanDetail(benchmark::State& state) {
  auto& p = province();
  for (auto _ : state) benchmark::DoNotOptimize(plans::get_plan(connection(), p.office, p.busiest_plan, kToday, false));
}
BENCHMARK(PlanDetail)->Unit(benchmark::kMillisecond);

void PlanList(benchmark::State& state) {
  auto& p = province();
  for (auto _ : state) benchmark::DoNotOptimize(plans::list_plans(connection(), p.office, {"", std::nullopt, 1, 50}, kToday));
}
BENCHMARK(PlanList)->Unit(benchmark::kMillisecond);

void ExportDocx(benchmark::State& state) {
  auto& p = province();
  for (auto _ : state)
    benchmark::DoNotOptimize(plans::export_plan(connection(), p.office, p.busiest_plan, plans::ExportFormat::docx,
                                                "2025-01-01", "2025-12-31", kToday));
}
BENCHMARK(ExportDocx)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
