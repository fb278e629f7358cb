#pragma once
// The text of the consolidated report shared by its DOCX and XLSX forms: table headers, the
// per-task cells, and the commendation and criticism lines.
#include <string>
#include <vector>

#include "app/plans/consolidated.hpp"

namespace pcmt::app::plans {

std::string join(const std::vector<std::string>& items, const std::string& sep);
// "Công an tỉnh (6 tháng đầu năm 2026; Đã duyệt, đúng hạn; Đang thực hiện): ... Kết quả: ..."
std::string report_line(const AgencyReportLine& r);
// Cơ quan phối hợp, then "Đề nghị: ..." for the agencies addressed with "Đề nghị".
std::string partners(const ConsolidatedTask& t);
std::string rate_text(std::optional<double> rate);  // "95,24%" or "–"
// "Đề nghị biểu dương: ..." / "Đề nghị phê bình, nhắc nhở: ..." (empty when nobody qualifies).
std::string commend_line(const TrackingStats& s);
std::string criticise_line(const TrackingStats& s);

inline const std::vector<std::string> kTaskHeader{"Số hiệu", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                                  "Thời hạn", "Tình trạng", "Kết quả báo cáo trong kỳ"};
inline const std::vector<std::string> kAgencyHeader{"Xếp hạng", "Cơ quan", "Nhiệm vụ chủ trì", "Báo cáo đến hạn",
                                                    "Đúng hạn", "Trễ hạn", "Chưa gửi (quá hạn)", "Tỷ lệ đúng hạn"};
std::vector<std::string> agency_row(const AgencyStats& a);

}  // namespace pcmt::app::plans
