#include "app/files/isolated_readers.hpp"

#include <boost/json/parse.hpp>

#include <stdexcept>

#include "app/files/reader_process.hpp"
#include "core/plans/plan_error.hpp"

namespace pcmt::app::files {
namespace {

// The rows of a reply, or the refusal rethrown as the exception the reader threw in the child.
std::vector<text::CsvRecord> rows_of(ReaderReply reply) {
  if (reply.ok) return std::move(reply.rows);
  switch (reply.refusal) {
    case Refusal::plan: throw plans::PlanError(reply.code, reply.message);
    case Refusal::limit: throw pcmt::files::FileLimitError(reply.code, reply.message);
    case Refusal::invalid: break;
  }
  throw std::invalid_argument(reply.message);
}

}  // namespace

PlanReading read_plan(std::string_view bytes) {
  auto rows = rows_of(run_reader(ReaderKind::plan_document, bytes));
  PlanReading reading;
  for (auto& row : rows) {
    if (row.fields.size() != 1) throw pcmt::files::too_complex();
    if (&row != &rows.front()) reading.paragraphs.push_back(std::move(row.fields[0]));
  }
  boost::json::error_code ec;
  auto plan = rows.empty() ? boost::json::value() : boost::json::parse(rows.front().fields[0], ec);
  if (ec || !plan.is_object()) throw pcmt::files::too_complex();
  reading.plan = std::move(plan.as_object());
  return reading;
}

std::vector<text::CsvRecord> xlsx_rows(std::string_view bytes) { return rows_of(run_reader(ReaderKind::xlsx_rows, bytes)); }

Error limit_error(const pcmt::files::FileLimitError& e, std::string field) {
  return Error(e.code() == pcmt::files::kTooLarge ? ErrorKind::too_large : ErrorKind::refused, e.code(), e.what(),
               std::move(field));
}

}  // namespace pcmt::app::files
