#include "core/text/csv.hpp"

#include <stdexcept>

#include "core/files/file_limits.hpp"

namespace pcmt::text {

std::vector<CsvRecord> parse_csv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<CsvRecord> out;
  CsvRecord rec{1, {}};
  std::string field;
  int line = 1;
  bool quoted = false, any = false;
  size_t cells = 0;
  auto end_field = [&] {
    if (++cells > files::kMaxTableCells) throw files::too_large();
    rec.fields.push_back(std::move(field));
    field.clear();
  };
  auto end_record = [&] {
    end_field();
    // Blank lines carry no record.
    if (!(rec.fields.size() == 1 && rec.fields[0].empty())) out.push_back(std::move(rec));
    rec = {line, {}};
    any = false;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    switch (c) {
      case '"': quoted = true; any = true; break;
      case ',': end_field(); any = true; break;
      case '\r': break;
      case '\n': ++line; end_record(); break;
      default: field.push_back(c); any = true;
    }
  }
  if (quoted) throw std::invalid_argument("line " + std::to_string(rec.line) + ": unterminated quoted field");
  if (any || !field.empty()) end_record();
  return out;
}

}  // namespace pcmt::text
