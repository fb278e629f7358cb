#include "app/plans/exports.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/plans/access.hpp"
#include "app/plans/consolidated.hpp"
#include "app/plans/report_docx.hpp"
#include "app/plans/report_xlsx.hpp"
#include "app/plans/task_rows.hpp"
#include "core/text/normalize.hpp"
#include "report/docx_document.hpp"
#include "report/xlsx_writer.hpp"

namespace pcmt::app::plans {
namespace {

// "594/KH-UBND" → "594-kh-ubnd": safe in a Content-Disposition header and on every file system.
std::string slug(const std::string& s) {
  std::string out;
  for (char c : text::search_key(s)) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) out.push_back(c);
    else if (!out.empty() && out.back() != '-') out.push_back('-');
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "ke-hoach" : out;
}

// Without a stated start, the period opens at the plan's first deadline when that comes before the
// plan's own date (plans often restate deadlines already passed), so no due report is left out.
calendar::Date default_start(store::Connection& db, int64_t plan_id) {
  calendar::Date start = load_plan_facts(db, plan_id).clock.plan_date;
  auto first = db.query("SELECT MIN(first_due) FROM plan_tasks WHERE plan_id = $1", {plan_id}).one().opt_str(0);
  if (first)
    if (auto d = calendar::Date::parse(*first); d && *d < start) start = *d;
  return start;
}

}  // namespace

ExportFile export_plan(store::Connection& db, const Actor& actor, int64_t plan_id, ExportFormat format,
                       const std::string& from, const std::string& to, calendar::Date as_of) {
  const PlanOwnership plan = visible_plan(db, actor, plan_id);
  require_oversee(actor, plan);
  const calendar::Date start = from.empty() ? default_start(db, plan_id) : parse_date_param(from, "from");
  const calendar::Date end = to.empty() ? as_of : parse_date_param(to, "to");
  // Figures of a past period are those at its end; of a running one, today's.
  const ConsolidatedReport consolidated = build_consolidated(db, actor, plan_id, start, end, std::min(end, as_of));

  ExportFile out;
  const bool docx = format == ExportFormat::docx;
  out.bytes = docx ? consolidated_docx(consolidated) : consolidated_xlsx(consolidated);
  out.content_type = docx ? report::kDocxMediaType : report::kXlsxMediaType;
  out.file_name = "bao-cao-" + slug(consolidated.plan.number) + "-" + start.iso() + "-" + end.iso() + (docx ? ".docx" : ".xlsx");

  store::Transaction tx(db);
  auto e = event_by(actor, "plan.export", "plan", std::to_string(plan_id));
  e.province_code = plan.province_code;
  e.detail_json = boost::json::serialize(boost::json::object{
      {"format", docx ? "docx" : "xlsx"}, {"from", start.iso()}, {"to", end.iso()}, {"bytes", out.bytes.size()}});
  append_audit(db, e);
  tx.commit();
  return out;
}

}  // namespace pcmt::app::plans
