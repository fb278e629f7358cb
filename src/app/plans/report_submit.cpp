#include "app/plans/report_submit.hpp"

#include <boost/json.hpp>
#include <set>

#include "app/audit.hpp"
#include "app/base64.hpp"
#include "app/clock.hpp"
#include "app/crypto.hpp"
#include "app/error.hpp"
#include "app/plans/access.hpp"
#include "app/plans/instance_queries.hpp"
#include "app/plans/task_dues.hpp"
#include "core/calendar/instant.hpp"
#include "core/text/normalize.hpp"
#include "store/params.hpp"

namespace pcmt::app::plans {
namespace {

const std::set<std::string>& progress_values() {
  static const std::set<std::string> v{"not_started", "in_progress", "done"};
  return v;
}

// The last path component, without control characters: a file name, never a path.
std::string safe_file_name(const std::string& raw) {
  std::string name = raw.substr(raw.find_last_of("/\\") == std::string::npos ? 0 : raw.find_last_of("/\\") + 1);
  std::string out;
  for (char c : name)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out.push_back(c);
  return text::to_nfc(text::trim(out));
}

std::string results_json(const std::vector<ResultItem>& results) {
  boost::json::array a;
  for (size_t i = 0; i < results.size(); ++i) {
    const auto& r = results[i];
    const std::string field = "results[" + std::to_string(i) + "]";
    const std::string indicator = text::to_nfc(text::trim(r.indicator));
    if (indicator.empty() || indicator.size() > 1000)
      throw bad_request("report.result_invalid", "Mỗi kết quả cần tên chỉ tiêu (tối đa 1000 ký tự)", field + ".indicator");
    boost::json::object o{{"indicator", indicator}};
    if (r.numeric) {
      boost::json::error_code ec;
      auto v = boost::json::parse(r.value, ec);
      if (ec || !v.is_number()) throw bad_request("report.result_invalid", "Giá trị kết quả không hợp lệ", field + ".value");
      o["value"] = v;
    } else {
      if (r.value.size() > 1000) throw bad_request("report.result_invalid", "Giá trị kết quả quá dài", field + ".value");
      o["value"] = text::to_nfc(r.value);
    }
    if (!r.unit.empty()) o["unit"] = text::to_nfc(text::trim(r.unit));
    a.push_back(std::move(o));
  }
  return boost::json::serialize(a);
}

void validate(const ReportInput& in) {
  if (!progress_values().contains(in.progress))
    throw bad_request("report.progress_invalid", "Tiến độ phải là not_started, in_progress hoặc done", "progress");
  if (text::trim(in.narrative).empty())
    throw bad_request("report.narrative_required", "Nội dung báo cáo không được để trống", "narrative");
  if (in.narrative.size() > kMaxNarrativeBytes)
    throw bad_request("report.narrative_too_long", "Nội dung báo cáo quá dài", "narrative");
  if (in.results.size() > kMaxResults) throw bad_request("report.result_invalid", "Quá nhiều kết quả định lượng", "results");
  if (in.files.size() > kMaxFiles)
    throw bad_request("report.too_many_files", "Mỗi báo cáo có tối đa " + std::to_string(kMaxFiles) + " tệp minh chứng",
                      "files");
  for (size_t i = 0; i < in.files.size(); ++i) {
    const std::string field = "files[" + std::to_string(i) + "]";
    const std::string name = safe_file_name(in.files[i].name);
    if (name.empty() || name.size() > 255)
      throw bad_request("report.file_invalid", "Tệp minh chứng cần tên (tối đa 255 ký tự)", field + ".name");
    if (in.files[i].bytes.empty()) throw bad_request("report.file_invalid", "Tệp minh chứng rỗng", field + ".content_base64");
    if (in.files[i].bytes.size() > kMaxFileBytes)
      throw bad_request("report.file_too_large", "Tệp minh chứng quá lớn (tối đa 15 MB)", field + ".content_base64");
  }
}

}  // namespace

ReportView submit_report(store::Connection& db, const Actor& actor, int64_t instance_id, const ReportInput& in) {
  store::Transaction tx(db);
  store::Params p{instance_id};
  auto found = db.query("SELECT ri.agency_id, ri.status, ri.province_code, ri.due_date, ri.task_id FROM report_instances ri WHERE "
                        "ri.id = $1 AND " + instance_visible(actor, p),
                        p);
  if (found.empty()) throw not_found();
  const int64_t agency_id = found.rows[0].i64(0);
  if (actor.role != Role::agency || actor_agency(actor) != agency_id) throw forbidden();
  if (found.rows[0].str(1) == "accepted")
    throw conflict("report.already_accepted", "Báo cáo kỳ này đã được duyệt, không thể gửi lại");
  validate(in);
  const std::string results = results_json(in.results);

  const int64_t now = now_seconds();
  const int64_t report_id =
      db.query("INSERT INTO reports (instance_id, agency_id, progress, narrative, results, submitted_by, submitted_at) "
               "VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id",
               {instance_id, agency_id, in.progress, text::to_nfc(in.narrative), results, actor.user_id, now})
          .one()
          .i64(0);
  for (const auto& f : in.files) {
    const std::string type = f.content_type.empty() ? "application/octet-stream" : f.content_type.substr(0, 200);
    db.query("INSERT INTO report_files (report_id, name, content_type, size, sha256, content_base64) VALUES "
             "($1,$2,$3,$4,$5,$6)",
             {report_id, safe_file_name(f.name), type, static_cast<int64_t>(f.bytes.size()), crypto::sha256_hex(f.bytes),
              to_base64(f.bytes)});
  }
  // Timeliness is the first filing's, whatever replaces it later.
  const std::string today = calendar::vn_date_of(now).iso();
  db.query("UPDATE report_instances SET status = 'submitted', first_submitted_on = COALESCE(first_submitted_on, $1), "
           "timeliness = COALESCE(timeliness, $2), last_report_id = $3, progress = $4, updated_at = $5 WHERE id = $6",
           {today, today <= found.rows[0].str(3) ? "on_time" : "late", report_id, in.progress, now, instance_id});
  refresh_task_dues(db, found.rows[0].i64(4));
  auto e = event_by(actor, "report.submit", "report_instance", std::to_string(instance_id));
  e.province_code = found.rows[0].str(2);
  e.detail_json = boost::json::serialize(boost::json::object{
      {"report_id", report_id}, {"progress", in.progress}, {"files", in.files.size()}});
  append_audit(db, e);
  tx.commit();
  return load_reports(db, "r.id = $1", {report_id}).at(0);
}

}  // namespace pcmt::app::plans
