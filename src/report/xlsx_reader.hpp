#pragma once
// Reading the first worksheet of an XLSX workbook (the Excel lists communes keep) with libzip and
// pugixml: shared strings, inline strings, numbers and booleans become text cells; empty cells stay
// empty, so columns line up with the header. Dates and long numbers arrive as Excel stores them
// (serial day numbers, digits without leading zeros); the importer interprets them per column.
#include <string_view>
#include <vector>

#include "core/text/csv.hpp"

namespace pcmt::report {

// Rows with their sheet row numbers (1-based, as Excel shows them). Throws std::invalid_argument
// when the bytes are not a readable workbook, files::FileLimitError when it expands, nests or
// repeats beyond what a list does (core/files/file_limits.hpp).
std::vector<text::CsvRecord> read_xlsx_rows(std::string_view bytes);

}  // namespace pcmt::report
