#pragma once
// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. A UTF-8 BOM (Excel's
// "CSV UTF-8") is skipped. Each record keeps the line number it starts on, for error reports.
#include <string>
#include <string_view>
#include <vector>

namespace pcmt::text {

struct CsvRecord {
  int line;  // 1-based line where the record starts
  std::vector<std::string> fields;
};

// Throws std::invalid_argument("line N: ...") on an unterminated quote, files::FileLimitError
// (file.too_large) past files::kMaxTableCells: a field costs 32 bytes even when empty, so a body of
// commas would otherwise cost 32× its size.
std::vector<CsvRecord> parse_csv(std::string_view text);

}  // namespace pcmt::text
