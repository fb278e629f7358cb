#pragma once
// The readers of uploaded files, run in a child process (reader_process.hpp) so that a hostile
// file can only end that child. They throw what the in-process readers throw, plus
// files::FileLimitError (file.too_complex) when the child died, ran out of time or memory.
#include <boost/json/object.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "app/error.hpp"
#include "core/files/file_limits.hpp"
#include "core/text/csv.hpp"

namespace pcmt::app::files {

// An uploaded plan read in a child: its paragraphs (plans::document_paragraphs) and what the parser
// extracts from them (plans::parse_plan_paragraphs, as plan_to_json writes it). Throws
// plans::PlanError as they do.
struct PlanReading {
  std::vector<std::string> paragraphs;
  boost::json::object plan;
};
PlanReading read_plan(std::string_view bytes);
// report::read_xlsx_rows in a child: throws std::invalid_argument as it does.
std::vector<text::CsvRecord> xlsx_rows(std::string_view bytes);

// The answer to a refused file: 413 file.too_large, 422 file.too_complex.
Error limit_error(const pcmt::files::FileLimitError& e, std::string field);

}  // namespace pcmt::app::files
