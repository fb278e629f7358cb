#include "app/plans/report_files.hpp"

#include <set>

#include "app/base64.hpp"
#include "app/error.hpp"
#include "app/plans/access.hpp"

namespace pcmt::app::plans {
namespace {

// Types a browser renders without running anything. Anything else (HTML, SVG, scripts) is served
// as a download of opaque bytes, so an uploaded file can never act on pcmt's origin.
bool passive_type(const std::string& t) {
  static const std::set<std::string> ok{"application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
                                        "text/plain", "text/csv",
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        "application/msword", "application/vnd.ms-excel", "application/zip"};
  return ok.contains(t);
}

}  // namespace

FileContent get_report_file(store::Connection& db, const Actor& actor, int64_t report_id, int64_t file_id) {
  store::Params p{report_id, file_id};
  auto r = db.query(
      "SELECT f.name, f.content_type, f.content_base64 FROM report_files f JOIN reports r ON r.id = f.report_id JOIN "
      "report_instances ri ON ri.id = r.instance_id WHERE r.id = $1 AND f.id = $2 AND " + instance_visible(actor, p),
      p);
  if (r.empty()) throw not_found();
  auto bytes = from_base64(r.rows[0].str(2));
  if (!bytes) throw std::runtime_error("report file " + std::to_string(file_id) + " holds invalid base64");
  const std::string type = r.rows[0].str(1);
  return {r.rows[0].str(0), passive_type(type) ? type : "application/octet-stream", std::move(*bytes)};
}

}  // namespace pcmt::app::plans
