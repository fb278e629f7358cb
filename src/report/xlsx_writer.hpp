#pragma once
// Writing simple XLSX workbooks (sheets of text and number cells with a bold header row) with
// libxlsxwriter, returned as bytes. libxlsxwriter 1.1.4 writes to a file only, so the workbook goes
// through a private temporary file that is removed at once.
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace pcmt::report {

using Cell = std::variant<std::string, int64_t>;

struct Sheet {
  std::string name;  // ≤ 31 characters
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
  std::vector<double> widths;  // column widths in characters (optional)
};

// Throws std::runtime_error when the workbook cannot be written.
std::string write_xlsx(const std::vector<Sheet>& sheets);

inline constexpr const char* kXlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace pcmt::report
