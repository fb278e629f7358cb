#include "app/people/bulk_rows.hpp"

#include <algorithm>

#include "store/sql.hpp"

namespace pcmt::app::people {

void insert_rows(store::Connection& db, const std::string& table, const std::vector<std::string>& columns,
                 std::vector<store::Params>& rows) {
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
  // Built once: the text of a full chunk is tens of kilobytes, and the statement cache looks it up.
  const std::string full = head + store::values_placeholders(per_statement, columns.size());
  store::Params params;
  params.reserve(per_statement * columns.size());
  for (size_t start = 0; start < rows.size(); start += per_statement) {
    const size_t n = std::min(per_statement, rows.size() - start);
    params.clear();
    for (size_t r = start; r < start + n; ++r)
      for (auto& v : rows[r]) params.push_back(std::move(v));
    db.query(n == per_statement ? full : head + store::values_placeholders(n, columns.size()), params);
  }
}

LargeWriteCache::LargeWriteCache(store::Connection& db, int mebibytes) : db_(db) {
  if (db.engine() != store::Engine::sqlite) return;
  restore_ = "PRAGMA cache_size = " + db.query("PRAGMA cache_size").one().str(0);
  db.exec_script("PRAGMA cache_size = -" + std::to_string(mebibytes * 1024));  // negative: KiB
}

LargeWriteCache::~LargeWriteCache() {
  if (restore_.empty()) return;
  try {
    db_.exec_script(restore_);
  } catch (...) {
    // The connection keeps the larger cache; nothing is lost.
  }
}

}  // namespace pcmt::app::people
