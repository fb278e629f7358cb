#include "app/plans/report_xlsx.hpp"

#include <xlsxwriter.h>

#include <stdexcept>

#include "app/plans/report_layout.hpp"
#include "report/temp_file.hpp"

namespace pcmt::app::plans {
namespace {

struct Formats {
  lxw_format *title, *header, *cell, *bold;
};

Formats make_formats(lxw_workbook* wb) {
  Formats f{};
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_border(f.header, LXW_BORDER_THIN);
  format_set_bg_color(f.header, 0xD9E1F2);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
  f.cell = workbook_add_format(wb);
  format_set_text_wrap(f.cell);
  format_set_border(f.cell, LXW_BORDER_THIN);
  format_set_align(f.cell, LXW_ALIGN_VERTICAL_TOP);
  f.bold = workbook_add_format(wb);
  format_set_bold(f.bold);
  for (auto* x : {f.title, f.header, f.cell, f.bold}) format_set_font_name(x, "Times New Roman");
  return f;
}

void header_row(lxw_worksheet* ws, lxw_row_t row, const std::vector<std::string>& cells, lxw_format* fmt) {
  for (size_t c = 0; c < cells.size(); ++c) worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), cells[c].c_str(), fmt);
}

void tasks_sheet(lxw_workbook* wb, const ConsolidatedReport& r, const Formats& f) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Nhiệm vụ");
  worksheet_write_string(ws, 0, 0, r.heading().c_str(), f.title);
  worksheet_write_string(ws, 1, 0, r.plan.title.c_str(), nullptr);
  worksheet_write_string(ws, 2, 0, r.period().c_str(), nullptr);
  worksheet_write_string(ws, 3, 0, r.summary().c_str(), nullptr);
  std::vector<std::string> header{"Mục"};
  header.insert(header.end(), kTaskHeader.begin(), kTaskHeader.end());
  header_row(ws, 5, header, f.header);
  const double widths[] = {30, 10, 60, 28, 32, 16, 16, 70};
  for (lxw_col_t c = 0; c < 8; ++c) worksheet_set_column(ws, c, c, widths[c], nullptr);
  lxw_row_t row = 6;
  for (const auto& s : r.sections)
    for (const auto& t : s.tasks) {
      std::vector<std::string> lines;
      for (const auto& line : t.reports) lines.push_back("- " + report_line(line));
      const std::vector<std::string> cells{s.part.empty() ? s.title : s.part + "\n" + s.title, t.ref, t.text, join(t.lead, "; "), partners(t), t.due_text,
                                           t.status_label, join(lines, "\n")};
      header_row(ws, row++, cells, f.cell);
    }
  worksheet_freeze_panes(ws, 6, 0);
}

void agencies_sheet(lxw_workbook* wb, const ConsolidatedReport& r, const Formats& f) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Cơ quan");
  worksheet_write_string(ws, 0, 0, "Tình hình báo cáo của các cơ quan", f.title);
  worksheet_write_string(ws, 1, 0, r.period().c_str(), nullptr);
  header_row(ws, 3, kAgencyHeader, f.header);
  const double widths[] = {10, 45, 16, 16, 12, 12, 18, 16};
  for (lxw_col_t c = 0; c < 8; ++c) worksheet_set_column(ws, c, c, widths[c], nullptr);
  lxw_row_t row = 4;
  for (const auto& a : r.stats.agencies) {
    const auto cells = agency_row(a);
    worksheet_write_string(ws, row, 0, cells[0].c_str(), f.cell);
    worksheet_write_string(ws, row, 1, cells[1].c_str(), f.cell);
    // Counts as numbers, so the sheet can be summed and sorted.
    const int64_t counts[] = {a.tasks_lead, a.instances.assessable, a.instances.on_time, a.instances.late,
                              a.instances.missing};
    for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_number(ws, row, c + 2, static_cast<double>(counts[c]), f.cell);
    worksheet_write_string(ws, row, 7, cells[7].c_str(), f.cell);
    ++row;
  }
  ++row;
  for (const auto& line : {commend_line(r.stats), criticise_line(r.stats)})
    if (!line.empty()) worksheet_write_string(ws, row++, 0, line.c_str(), f.bold);
}

}  // namespace

std::string consolidated_xlsx(const ConsolidatedReport& r) {
  report::TempFile file;
  lxw_workbook* wb = workbook_new(file.path().c_str());
  if (!wb) file.write_failed("xlsx: cannot create the workbook");
  const Formats f = make_formats(wb);
  tasks_sheet(wb, r, f);
  agencies_sheet(wb, r, f);
  if (workbook_close(wb) != LXW_NO_ERROR) file.write_failed("xlsx: cannot write the workbook");
  return file.read();
}

}  // namespace pcmt::app::plans
