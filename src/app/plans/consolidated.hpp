#pragma once
// The consolidated report of a plan for a period: "Báo cáo kết quả thực hiện
// Kế hoạch số ...", per section and task: the agencies, the task's status, and the summary of the
// reports filed for the instances due in the period. The DOCX and XLSX writers lay it out.
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"
#include "app/plans/stats.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

struct AgencyReportLine {
  std::string agency, period_label, due_date;
  std::string state;  // "Đã duyệt", "Chờ duyệt", "Bị trả lại", "Chưa báo cáo", "Quá hạn, chưa báo cáo"
  std::string timing; // "đúng hạn", "trễ hạn" or empty
  std::string progress, narrative, results;  // progress label; results as "chỉ tiêu: giá trị đơn vị; ..."
  bool filed = false;
};

struct ConsolidatedTask {
  std::string ref, text, due_text, status, status_label;
  std::vector<std::string> lead, cooperating, requested;
  std::vector<AgencyReportLine> reports;
};

// Tasks are grouped by their section titles (task_section.hpp, kGroupingDepth): the plan's part
// ("II. NHIỆM VỤ, GIẢI PHÁP") and its section ("1. Công tác tuyên truyền"). Tasks saved before
// titles were kept are grouped by the first part of their ref ("Mục II").
struct ConsolidatedSection {
  std::string part;   // "II. NHIỆM VỤ, GIẢI PHÁP" above the section, or "" when it has none
  std::string title;  // "1. Công tác tuyên truyền", "Mục II", "Nhiệm vụ khác"
  std::vector<ConsolidatedTask> tasks;
};

struct ConsolidatedReport {
  PlanSummary plan;
  std::string document_word;  // "Kế hoạch", "Nghị quyết", "Chương trình", "Quyết định", "Văn bản"
  calendar::Date from, to, as_of;
  TrackingStats stats;
  std::vector<ConsolidatedSection> sections;

  std::string heading() const;  // "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 594/KH-UBND"
  std::string period() const;   // "Kỳ báo cáo: từ ngày 1/1/2026 đến ngày 30/6/2026"
  std::string summary() const;  // one paragraph of the figures
};

// Plan overseers only. `from` > `to` → 400 request.invalid_period.
ConsolidatedReport build_consolidated(store::Connection& db, const Actor& actor, int64_t plan_id, calendar::Date from,
                                      calendar::Date to, calendar::Date as_of);

std::string status_label(const std::string& status);  // done → "Hoàn thành", ...
std::string progress_label(const std::string& progress);

}  // namespace pcmt::app::plans
