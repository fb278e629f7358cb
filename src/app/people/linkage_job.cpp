#include "app/people/linkage_job.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/jobs/jobs.hpp"
#include "app/people/access.hpp"
#include "app/people/bulk_rows.hpp"
#include "app/people/people_json.hpp"
#include "app/base64.hpp"

namespace pcmt::app::people {
namespace json = boost::json;

namespace {

// People per write transaction: a comparison and its staged rows take a few milliseconds each.
constexpr int kPeoplePerChunk = 1'000;
// A job that keeps dying while it compares is ended after this many starts.
constexpr int kMaxAttempts = 3;

const std::vector<std::string> kLinkColumns{"person_id",  "province_code",           "commune_code",
                                            "status",     "differences",             "registered_commune_code",
                                            "registered_address", "checked_by",      "checked_at"};

LinkageRequest request_of(const json::object& in) {
  LinkageRequest req;
  req.format = std::string(in.at("format").as_string());
  req.content = from_base64(in.at("content_base64").as_string()).value_or("");
  for (const auto& [field, header] : in.at("mapping").as_object()) req.mapping[field] = std::string(header.as_string());
  req.commune = std::string(in.at("commune").as_string());
  return req;
}

// The counts so far live in the job's progress with the last person id compared, so a resumed run
// continues them.
void load_counts(const json::object& p, LinkageReport& r) {
  auto get = [&](const char* name) { return p.contains(name) ? static_cast<int>(p.at(name).to_number<int64_t>()) : 0; };
  r.compared = get("compared");
  r.agrees = get("agrees");
  r.differs = get("differs");
  r.not_found = get("not_found");
  r.elsewhere = get("elsewhere");
}
void store_counts(json::object& p, const LinkageReport& r) {
  p["compared"] = r.compared;
  p["agrees"] = r.agrees;
  p["differs"] = r.differs;
  p["not_found"] = r.not_found;
  p["elsewhere"] = r.elsewhere;
}

void drop_staged(store::Connection& db, int64_t job_id) {
  db.query("DELETE FROM person_residence_link_staging WHERE job_id = $1", {job_id});
}

json::object error_json(const Error& e) { return {{"code", e.code}, {"message", e.what()}, {"field", e.field}}; }

// The last chunk: the staged links replace the kept ones of the same people, with the audit row.
void swap_in(jobs::Run& run, LinkageReport& report, const LinkageRequest& req) {
  auto& db = run.db();
  const Actor& actor = run.owner();
  report.items = staged_disagreements(db, actor, run.id());
  std::string columns;
  for (const auto& c : kLinkColumns) columns += (columns.empty() ? "" : ", ") + c;
  db.query("DELETE FROM person_residence_links WHERE person_id IN "
           "(SELECT person_id FROM person_residence_link_staging WHERE job_id = $1)",
           {run.id()});
  db.query("INSERT INTO person_residence_links (" + columns + ") SELECT " + columns +
               " FROM person_residence_link_staging WHERE job_id = $1",
           {run.id()});
  drop_staged(db, run.id());
  auto e = event_by(actor, "people.residence_linkage", "people",
                    req.commune.empty() ? actor.scope.to_string() : "commune:" + req.commune);
  e.detail_json = json::serialize(json::object{{"extract_rows", report.extract_rows},
                                               {"compared", report.compared},
                                               {"differs", report.differs},
                                               {"not_found", report.not_found},
                                               {"elsewhere", report.elsewhere}});
  append_audit(db, e);
  run.finish(to_json(report));
}

void compare_all(jobs::Run& run) {
  auto& db = run.db();
  const auto req = request_of(run.input());
  run.report("validate", 0, 0);
  const Extract extract = read_extract(db, run.owner(), req);
  LinkageReport report;
  report.extract_rows = extract.rows;
  report.errors = extract.errors;
  load_counts(run.progress(), report);
  int64_t after = run.progress().contains("after") ? run.progress().at("after").to_number<int64_t>() : 0;
  const int64_t total = people_to_compare(db, run.owner(), req.commune);
  const int64_t checked_at = run.input().at("checked_at").to_number<int64_t>();
  for (;;) {
    run.checkpoint();
    if (run.cancel_requested())
      return run.chunk([&] {
        drop_staged(db, run.id());
        run.cancelled();
      });
    bool last = false;
    run.chunk([&] {
      auto batch =
          compare_people(db, run.owner(), extract, req.commune, after, kPeoplePerChunk, checked_at, report);
      if (!batch.links.empty()) {
        for (auto& l : batch.links) l.insert(l.begin(), store::Value(run.id()));
        std::vector<std::string> columns{"job_id"};
        columns.insert(columns.end(), kLinkColumns.begin(), kLinkColumns.end());
        insert_rows(db, "person_residence_link_staging", columns, batch.links);
      }
      after = batch.last_id;
      last = static_cast<int>(batch.links.size()) < kPeoplePerChunk;
      auto& p = run.progress();
      p["after"] = after;
      store_counts(p, report);
      run.set("compare", report.compared, std::max<int64_t>(total, report.compared));
      if (last) {
        report.not_in_registry = static_cast<int>(extract.by_id.size()) - (report.agrees + report.differs);
        swap_in(run, report, req);
      }
    });
    if (last) return;
  }
}

}  // namespace

int64_t start_linkage(store::Connection& db, const Actor& actor, const LinkageRequest& req) {
  require_register(actor);
  json::object mapping;
  for (const auto& [field, header] : req.mapping) mapping[field] = header;
  store::Transaction tx(db);
  const int64_t id = jobs::enqueue(db, actor,
                                   {std::string(kLinkageJob),
                                    json::object{{"format", req.format},
                                                 {"content_base64", to_base64(req.content)},
                                                 {"mapping", std::move(mapping)},
                                                 {"commune", req.commune},
                                                 {"checked_at", now_seconds()}},
                                    true});
  tx.commit();
  return id;
}

void run_residence_linkage(jobs::Run& run) {
  auto& db = run.db();
  if (run.attempt() > kMaxAttempts)
    return run.chunk([&] {
      drop_staged(db, run.id());
      run.fail({{"code", "job.failed"},
                {"message", "Đối chiếu cư trú gặp lỗi nhiều lần và đã dừng; kết quả đối chiếu trước vẫn giữ nguyên"}});
    });
  try {
    compare_all(run);
  } catch (const jobs::Stopping&) {
    throw;  // the next worker resumes after the last person staged
  } catch (const jobs::LeaseLost&) {
    throw;  // another worker has the job, and its staged links
  } catch (const Error& e) {
    db.rollback();
    run.chunk([&] {
      drop_staged(db, run.id());
      run.fail(error_json(e));
    });
  } catch (const std::exception&) {
    db.rollback();
    run.chunk([&] {
      drop_staged(db, run.id());
      run.fail({{"code", "job.failed"},
                {"message", "Đối chiếu cư trú gặp lỗi và đã dừng; kết quả đối chiếu trước vẫn giữ nguyên"}});
    });
  }
}

}  // namespace pcmt::app::people
