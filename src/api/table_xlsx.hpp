#pragma once
// A list's JSON items as an XLSX download: the "Tải Excel" of every table. A list route's export
// reads the same app function with the same filters (so the same scope in its query) on one page of
// kExportMaxRows + 1 items, and names the columns here with Vietnamese headers and cell kinds, so
// numbers stay numbers and dates are dates in the spreadsheet.
#include <boost/json.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "api/http.hpp"
#include "api/json_io.hpp"
#include "report/xlsx_writer.hpp"

namespace pcmt::api {

// More rows than this are refused (400 export.too_large: narrow the filters): writing 50,000 rows
// takes about a second of a handler thread, and an officer's filtered list is far smaller.
inline constexpr int kExportMaxRows = 50'000;

// The one page an export reads: the cap and one more, to tell a list that overran it.
Paging export_paging();

enum class CellKind {
  text,     // a string; codes in `labels` are shown in Vietnamese
  number,   // an integer or decimal
  date,     // "YYYY-MM-DD"
  moment,   // an ISO instant "…T…Z" or epoch seconds, shown in Vietnam time
  yes_no,   // true → "Có", false → "Không", null → empty
  names,    // an array of strings, or of objects with "name", joined by "; "
};

struct Column {
  std::string header;
  std::string path;  // a key, or keys joined by '.' ("document.number")
  CellKind kind = CellKind::text;
  double width = 16;  // characters
  std::map<std::string, std::string, std::less<>> labels = {};
  // When set, computes the cell instead of reading `path`.
  std::function<report::Cell(const json::object&)> value = {};
};

// The workbook of one sheet; throws 400 export.too_large when `items` holds more than kExportMaxRows.
Response table_xlsx(const json::array& items, const std::vector<Column>& columns, const std::string& sheet,
                    const std::string& filename);

// An XLSX download of ready bytes.
Response xlsx_download(std::string bytes, const std::string& filename);

}  // namespace pcmt::api
