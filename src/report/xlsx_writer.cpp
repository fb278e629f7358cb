#include "report/xlsx_writer.hpp"

#include <xlsxwriter.h>

#include <stdexcept>

#include "report/temp_file.hpp"

namespace pcmt::report {

std::string write_xlsx(const std::vector<Sheet>& sheets) {
  TempFile file;
  lxw_workbook* wb = workbook_new(file.path().c_str());
  if (!wb) file.write_failed("cannot start the workbook");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  for (const auto& sheet : sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.name.c_str());
    if (!ws) {
      workbook_close(wb);
      throw std::runtime_error("cannot add the worksheet");
    }
    for (size_t c = 0; c < sheet.widths.size(); ++c)
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), sheet.widths[c], nullptr);
    for (size_t c = 0; c < sheet.header.size(); ++c)
      worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), sheet.header[c].c_str(), bold);
    for (size_t r = 0; r < sheet.rows.size(); ++r)
      for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        const auto col = static_cast<lxw_col_t>(c);
        if (const auto* s = std::get_if<std::string>(&sheet.rows[r][c]))
          worksheet_write_string(ws, row, col, s->c_str(), nullptr);
        else
          worksheet_write_number(ws, row, col, static_cast<double>(std::get<int64_t>(sheet.rows[r][c])), nullptr);
      }
  }
  if (workbook_close(wb) != LXW_NO_ERROR) file.write_failed("cannot write the workbook");
  return file.read();
}

}  // namespace pcmt::report
