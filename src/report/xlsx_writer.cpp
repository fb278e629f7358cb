#include "report/xlsx_writer.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "report/temp_file.hpp"
#include "core/calendar/date.hpp"

namespace pcmt::report {
namespace {

constexpr double kLineHeight = 15;   // points, one line of the default 11-point font
constexpr double kDefaultWidth = 8.43;  // Excel's default column width in characters
constexpr int kMaxLines = 20;          // beyond this a row would fill the screen; the cell still holds all

// Lines a text takes in a column `width` characters wide (code points, not bytes; explicit breaks count).
int wrapped_lines(const std::string& text, double width) {
  const double per_line = std::max(1.0, width - 1);
  int lines = 0;
  size_t chars = 0;
  auto end_line = [&] { lines += std::max(1, static_cast<int>(std::ceil(static_cast<double>(chars) / per_line))); };
  for (unsigned char ch : text) {
    if (ch == '\n') {
      end_line();
      chars = 0;
    } else if ((ch & 0xC0) != 0x80) {
      ++chars;
    }
  }
  end_line();
  return lines;
}

// Excel counts days from 30/12/1899 (its day 0, given its 1900 leap-year quirk): 1/1/1970 is day 25569.
constexpr double kExcelDay1970 = 25569;

}  // namespace

std::optional<DateCell> date_cell(std::string_view iso) {
  const auto d = calendar::Date::parse(iso.substr(0, 10));
  if (!d) return std::nullopt;
  return DateCell{kExcelDay1970 + d->serial(), false};
}

DateCell moment_cell(int64_t epoch_seconds) {
  constexpr int64_t kVietnam = 7 * 3600;
  return DateCell{kExcelDay1970 + static_cast<double>(epoch_seconds + kVietnam) / 86400.0, true};
}

std::string write_xlsx(const std::vector<Sheet>& sheets) {
  TempFile file;
  lxw_workbook* wb = workbook_new(file.path().c_str());
  if (!wb) file.write_failed("cannot start the workbook");
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* text = workbook_add_format(wb);
  format_set_text_wrap(text);
  format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* number = workbook_add_format(wb);
  format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "dd/mm/yyyy");
  format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* moment = workbook_add_format(wb);
  format_set_num_format(moment, "dd/mm/yyyy hh:mm");
  format_set_align(moment, LXW_ALIGN_VERTICAL_TOP);
  for (const auto& sheet : sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.name.c_str());
    if (!ws) {
      workbook_close(wb);
      throw std::runtime_error("cannot add the worksheet");
    }
    auto width = [&](size_t c) { return c < sheet.widths.size() ? sheet.widths[c] : kDefaultWidth; };
    for (size_t c = 0; c < sheet.widths.size(); ++c)
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), sheet.widths[c], nullptr);
    auto set_height = [&](lxw_row_t row, int lines) {
      if (lines > 1) worksheet_set_row(ws, row, kLineHeight * std::min(lines, kMaxLines), nullptr);
    };
    int header_lines = 1;
    for (size_t c = 0; c < sheet.header.size(); ++c) {
      worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), sheet.header[c].c_str(), header);
      header_lines = std::max(header_lines, wrapped_lines(sheet.header[c], width(c)));
    }
    set_height(0, header_lines);
    if (!sheet.header.empty()) worksheet_freeze_panes(ws, 1, 0);
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(r + 1);
      int lines = 1;
      for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        const Cell& cell = sheet.rows[r][c];
        if (const auto* s = std::get_if<std::string>(&cell)) {
          if (s->empty()) continue;
          worksheet_write_string(ws, row, col, s->c_str(), text);
          lines = std::max(lines, wrapped_lines(*s, width(c)));
        } else if (const auto* i = std::get_if<int64_t>(&cell)) {
          worksheet_write_number(ws, row, col, static_cast<double>(*i), number);
        } else if (const auto* x = std::get_if<double>(&cell)) {
          worksheet_write_number(ws, row, col, *x, number);
        } else {
          const auto& d = std::get<DateCell>(cell);
          worksheet_write_number(ws, row, col, d.serial, d.with_time ? moment : date);
        }
      }
      set_height(row, lines);
    }
  }
  if (workbook_close(wb) != LXW_NO_ERROR) file.write_failed("cannot write the workbook");
  return file.read();
}

}  // namespace pcmt::report
