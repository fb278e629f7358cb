#pragma once
// Tables users upload (CSV or the first sheet of an XLSX workbook) and how their columns are found:
// by the header's wording, with or without diacritics ("Số định danh", "so dinh danh"), or by an
// explicit mapping field → header the user chose. Shared by the person import and the residence
// linkage.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/text/csv.hpp"

namespace pcmt::app::people {

// Rows of the table, the header first. `format` is "csv" (UTF-8 text) or "xlsx" (workbook bytes).
// Throws 400 import.format_invalid, import.encoding, import.malformed_csv, import.empty; 413
// file.too_large, 422 file.too_complex past a reader's bound (a workbook is read in a child process).
std::vector<text::CsvRecord> read_table(const std::string& format, const std::string& content);

struct ColumnSpec {
  std::string field;               // "personal_id"
  std::string label;               // Vietnamese, for messages
  std::vector<std::string> names;  // header wordings, in header_key form
  bool required = false;
};

// The wordings of the columns both uploads read — personal_id, full_name, birth_date, address — as
// a spec with that requirement.
ColumnSpec common_column(const std::string& field, bool required);

// A header cell in comparable form: search key with punctuation turned into spaces.
std::string header_key(std::string_view header);

// field → column index. `mapping` (field → header text) wins over the wordings. Throws 400
// import.missing_columns naming the required fields not found, import.mapping_invalid for a
// mapping to a header the file does not have.
std::map<std::string, size_t> map_columns(const std::vector<std::string>& header, const std::vector<ColumnSpec>& specs,
                                          const std::map<std::string, std::string>& mapping);

// The cell of `field` in a record ("" when the column is absent or the row is short), trimmed.
std::string cell(const text::CsvRecord& r, const std::map<std::string, size_t>& columns, const std::string& field);

// A date as users and Excel write it: "YYYY-MM-DD", "DD/MM/YYYY", or an Excel serial day number
// (1900 date system) from a date-formatted cell.
std::optional<calendar::Date> parse_table_date(std::string_view text);

// A personal ID as it arrives from an XLSX cell: Excel drops the leading zero of numeric cells
// ("40090001234" → "040090001234") and may store "4.0090001234E+10".
std::string personal_id_cell(std::string_view text);

}  // namespace pcmt::app::people
