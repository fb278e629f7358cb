#include "app/people/bulk_rows.hpp"

#include <algorithm>

#include "store/sql.hpp"

namespace pcmt::app::people {

void insert_rows(store::Connection& db, const std::string& table, const std::vector<std::string>& columns,
                 const std::vector<store::Params>& rows) {
  if (rows.empty()) return;
  if (db.engine() == store::Engine::postgres) {
    db.bulk_insert(table, columns, rows);
    return;
  }
  std::string head = "INSERT INTO " + table + " (";
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i) head += ',';
    head += columns[i];
  }
  head += ") VALUES ";
  // SQLite 3.40 allows 32,766 parameters per statement; full chunks reuse one prepared statement.
  const size_t per_statement = std::max<size_t>(1, std::min<size_t>(256, 32'000 / columns.size()));
  store::Params params;
  for (size_t start = 0; start < rows.size(); start += per_statement) {
    const size_t n = std::min(per_statement, rows.size() - start);
    params.clear();
    for (size_t r = start; r < start + n; ++r) params.insert(params.end(), rows[r].begin(), rows[r].end());
    db.query(head + store::values_placeholders(n, columns.size()), params);
  }
}

}  // namespace pcmt::app::people
