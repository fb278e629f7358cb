#include "app/people/import_job.hpp"

#include "app/base64.hpp"
#include "app/error.hpp"
#include "app/jobs/jobs.hpp"
#include "app/people/access.hpp"
#include "app/people/bulk_rows.hpp"
#include "app/people/id_allocation.hpp"
#include "app/people/import_plan.hpp"
#include "app/people/name_index.hpp"
#include "app/people/people_json.hpp"
#include "store/params.hpp"

namespace pcmt::app::people {
namespace json = boost::json;

namespace {

// People per write transaction (100,000 rows in one took over ten seconds on SQLite).
constexpr size_t kPeoplePerChunk = 1'000;
// A job that keeps dying while it imports is ended after this many starts.
constexpr int kMaxAttempts = 3;

ImportRequest request_of(const json::object& in) {
  ImportRequest req;
  req.format = std::string(in.at("format").as_string());
  req.content = from_base64(in.at("content_base64").as_string()).value_or("");
  for (const auto& [field, header] : in.at("mapping").as_object()) req.mapping[field] = std::string(header.as_string());
  req.commune = std::string(in.at("commune").as_string());
  req.commit = true;
  return req;
}

// The reserved ids as runs [first, count]: one run on SQLite, a few on PostgreSQL.
json::array as_runs(const std::vector<int64_t>& ids) {
  json::array runs;
  for (size_t i = 0; i < ids.size();) {
    size_t j = i + 1;
    while (j < ids.size() && ids[j] == ids[j - 1] + 1) ++j;
    runs.push_back(json::array{ids[i], static_cast<int64_t>(j - i)});
    i = j;
  }
  return runs;
}

std::vector<int64_t> from_runs(const json::array& runs) {
  std::vector<int64_t> ids;
  for (const auto& r : runs) {
    const auto first = r.as_array().at(0).to_number<int64_t>(), count = r.as_array().at(1).to_number<int64_t>();
    for (int64_t k = 0; k < count; ++k) ids.push_back(first + k);
  }
  return ids;
}

// Removes the people an interrupted attempt inserted (their events and derived rows go with them),
// a chunk per transaction, and forgets them.
void undo_inserted(jobs::Run& run) {
  auto& p = run.progress();
  if (!p.contains("ids")) return;
  const auto ids = from_runs(p.at("ids").as_array());
  int64_t inserted = p.at("inserted").to_number<int64_t>();
  auto& db = run.db();
  while (inserted > 0) {
    const int64_t from = std::max<int64_t>(0, inserted - static_cast<int64_t>(kPeoplePerChunk));
    run.chunk([&] {
      std::vector<store::Value> batch;
      for (int64_t i = from; i < inserted; ++i) {
        unindex_names(db, ids[static_cast<size_t>(i)]);
        batch.emplace_back(ids[static_cast<size_t>(i)]);
      }
      store::Params params;
      db.query("DELETE FROM people WHERE id IN " + store::bind_list(params, batch), params);
      inserted = from;
      p["inserted"] = inserted;
      if (inserted == 0) p = json::object{};
      run.set("undo", inserted, run.total());
    });
  }
  if (p.contains("ids")) run.chunk([&] { p = json::object{}; });
}

json::object error_json(const Error& e) {
  json::object o{{"code", e.code}, {"message", e.what()}, {"field", e.field}};
  if (!e.rows.empty()) {
    json::array rows;
    for (const auto& r : e.rows)
      rows.push_back(json::object{{"line", r.line}, {"field", r.field}, {"code", r.code}, {"message", r.message}});
    o["errors"] = std::move(rows);
  }
  return o;
}

}  // namespace

int64_t start_import(store::Connection& db, const Actor& actor, const ImportRequest& req, calendar::Date today) {
  require_register(actor);
  json::object mapping;
  for (const auto& [field, header] : req.mapping) mapping[field] = header;
  store::Transaction tx(db);
  const int64_t id = jobs::enqueue(db, actor,
                                   {std::string(kImportJob),
                                    json::object{{"format", req.format},
                                                 {"content_base64", to_base64(req.content)},
                                                 {"mapping", std::move(mapping)},
                                                 {"commune", req.commune},
                                                 {"today", today.iso()}},
                                    true});
  tx.commit();
  return id;
}

void run_people_import(jobs::Run& run) {
  auto& db = run.db();
  undo_inserted(run);  // what a crashed attempt left
  if (run.cancel_requested()) return run.chunk([&] { run.cancelled(); });
  if (run.attempt() > kMaxAttempts)
    return run.chunk([&] {
      run.fail({{"code", "job.failed"}, {"message", "Nhập danh sách gặp lỗi nhiều lần và đã dừng; chưa có dữ liệu nào được nhập"}});
    });

  const auto req = request_of(run.input());
  const auto today = calendar::Date::parse(std::string(run.input().at("today").as_string())).value();
  run.report("validate", 0, 0);
  ImportPlan plan;
  try {
    plan = plan_import(db, run.owner(), req, today);
    if (!plan.report.errors.empty()) throw invalid_rows(plan.report);
  } catch (const Error& e) {
    return run.chunk([&] { run.fail(error_json(e), plan.report.rows ? json::value(to_json(plan.report)) : nullptr); });
  }

  const size_t n = plan.rows.size();
  std::vector<int64_t> ids;
  run.chunk([&] {
    ids = reserve_ids(db, "people", n);
    run.progress() = json::object{{"ids", as_runs(ids)}, {"inserted", 0}};
    run.set("insert", 0, static_cast<int64_t>(n));
  });
  const LargeWriteCache cache(db);
  try {
    for (size_t begin = 0; begin < n || n == 0;) {
      run.checkpoint();
      if (run.cancel_requested()) {
        undo_inserted(run);
        return run.chunk([&] { run.cancelled(); });
      }
      const size_t end = std::min(n, begin + kPeoplePerChunk);
      run.chunk([&] {
        insert_planned(db, run.owner(), plan, ids, begin, end);
        run.progress()["inserted"] = static_cast<int64_t>(end);
        run.set("insert", static_cast<int64_t>(end), static_cast<int64_t>(n));
        if (end == n) {
          audit_import(db, run.owner(), plan);
          plan.report.imported = static_cast<int>(n);
          plan.report.committed = true;
          run.finish(to_json(plan.report));
        }
      });
      if (end == n) return;
      begin = end;
    }
  } catch (const jobs::Stopping&) {
    throw;  // the next worker removes what was inserted and starts over
  } catch (const jobs::LeaseLost&) {
    throw;  // another worker has the job, and the same duty
  } catch (const Error& e) {
    db.rollback();
    undo_inserted(run);
    run.chunk([&] { run.fail(error_json(e)); });
  } catch (const std::exception&) {
    db.rollback();
    undo_inserted(run);
    run.chunk([&] { run.fail({{"code", "job.failed"}, {"message", "Nhập danh sách gặp lỗi và đã dừng; chưa có dữ liệu nào được nhập"}}); });
  }
}

}  // namespace pcmt::app::people
