#pragma once
// Writing simple XLSX workbooks (sheets of text, number and date cells with a bold header row) with
// libxlsxwriter, returned as bytes. libxlsxwriter 1.1.4 writes to a file only, so the workbook goes
// through a private temporary file that is removed at once.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pcmt::report {

// A date (or a moment) as Excel counts it: days since 30/12/1899, shown dd/mm/yyyy (hh:mm with a time).
struct DateCell {
  double serial = 0;
  bool with_time = false;
};
// "YYYY-MM-DD" (a longer ISO text keeps its date part); nullopt when the text is not a date.
std::optional<DateCell> date_cell(std::string_view iso);
// Epoch seconds shown in Vietnam time (UTC+7), where officers read them.
DateCell moment_cell(int64_t epoch_seconds);

using Cell = std::variant<std::string, int64_t, double, DateCell>;

struct Sheet {
  std::string name;  // ≤ 31 characters
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
  std::vector<double> widths;  // column widths in characters (optional)
};

// Text wraps within its column and each row is made tall enough for its longest wrapped cell, so an
// office suite that does not measure rows on opening (LibreOffice) shows no text over its neighbours.
// Throws std::runtime_error when the workbook cannot be written.
std::string write_xlsx(const std::vector<Sheet>& sheets);

inline constexpr const char* kXlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace pcmt::report
