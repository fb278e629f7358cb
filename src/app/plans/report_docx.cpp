#include "app/plans/report_docx.hpp"

#include "app/plans/report_layout.hpp"
#include "core/schedule/period.hpp"
#include "report/docx_document.hpp"

namespace pcmt::app::plans {

std::string consolidated_docx(const ConsolidatedReport& r) {
  using Align = report::DocxDocument::Align;
  report::DocxDocument doc;
  doc.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, Align::center);
  doc.paragraph("Độc lập - Tự do - Hạnh phúc", true, Align::center);
  doc.paragraph(r.heading(), true, Align::center);
  std::string about = "Thực hiện " + r.document_word + " số " + r.plan.number;
  if (auto d = calendar::Date::parse(r.plan.date)) about += " ngày " + schedule::vn_date(*d);
  if (!r.plan.issuer.empty()) about += " của " + r.plan.issuer;
  about += " về " + r.plan.title;
  doc.paragraph({{about, false, true}}, Align::center);
  doc.paragraph(r.period(), false, Align::center);

  doc.paragraph("I. KẾT QUẢ CHUNG", true, Align::left);
  doc.paragraph(r.summary());
  std::vector<std::vector<std::string>> agencies;
  for (const auto& a : r.stats.agencies) agencies.push_back(agency_row(a));
  doc.table(kAgencyHeader, agencies, {1100, 4200, 1500, 1500, 1300, 1300, 1700, 1400});
  if (auto line = commend_line(r.stats); !line.empty()) doc.paragraph(line);
  if (auto line = criticise_line(r.stats); !line.empty()) doc.paragraph(line);

  doc.paragraph("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", true, Align::left);
  const std::string* part = nullptr;  // the part heading last written
  for (const auto& section : r.sections) {
    if (!section.part.empty() && (!part || *part != section.part)) doc.paragraph(section.part, true, Align::left);
    part = &section.part;
    doc.paragraph(section.title, true, Align::left);
    std::vector<std::vector<std::string>> rows;
    for (const auto& t : section.tasks) {
      std::vector<std::string> lines;
      for (const auto& line : t.reports) lines.push_back("- " + report_line(line));
      rows.push_back({t.ref, t.text, join(t.lead, "; "), partners(t), t.due_text, t.status_label,
                      lines.empty() ? "Không có báo cáo đến hạn trong kỳ" : join(lines, "\n")});
    }
    doc.table(kTaskHeader, rows, {900, 3600, 1700, 1900, 1300, 1300, 3300});
  }
  return doc.bytes();
}

}  // namespace pcmt::app::plans
