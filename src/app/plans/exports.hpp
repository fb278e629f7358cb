#pragma once
// The one-click consolidated report, as DOCX or XLSX. Every export is audited.
#include <string>

#include "app/actor.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

enum class ExportFormat { docx, xlsx };

struct ExportFile {
  std::string file_name, content_type, bytes;
};

// Plan overseers only. The period defaults to the plan's date through `as_of`; the figures are
// those at the period's end, or at `as_of` when the period runs on.
ExportFile export_plan(store::Connection& db, const Actor& actor, int64_t plan_id, ExportFormat format,
                       const std::string& from, const std::string& to, calendar::Date as_of);

}  // namespace pcmt::app::plans
