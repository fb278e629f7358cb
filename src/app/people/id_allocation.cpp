#include "app/people/id_allocation.hpp"

#include <algorithm>

namespace pcmt::app::people {

std::vector<int64_t> reserve_ids(store::Connection& db, const std::string& table, size_t n) {
  std::vector<int64_t> ids;
  if (n == 0) return ids;
  ids.reserve(n);
  if (db.engine() == store::Engine::postgres) {
    // nextval never hands the same number twice, whatever other sessions do meanwhile.
    auto r = db.query("SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2)",
                      {table, static_cast<int64_t>(n)});
    for (const auto& row : r.rows) ids.push_back(row.i64(0));
    return ids;
  }
  // SQLite: the write transaction (BEGIN IMMEDIATE) holds the only write lock. AUTOINCREMENT never
  // reuses an id, so start above both the largest id ever handed out and the largest present.
  const int64_t used = db.query("SELECT COALESCE(MAX(id), 0) FROM " + table).one().i64(0);
  auto seq = db.query("SELECT seq FROM sqlite_sequence WHERE name = $1", {table});
  const int64_t start = std::max(used, seq.empty() ? 0 : seq.rows[0].i64(0)) + 1;
  for (size_t i = 0; i < n; ++i) ids.push_back(start + static_cast<int64_t>(i));
  // The sequence moves past them now, not when they are inserted: an import job inserts them over
  // many transactions, and AUTOINCREMENT inserts meanwhile must not take one.
  const int64_t last = ids.back();
  if (db.query("UPDATE sqlite_sequence SET seq = $2 WHERE name = $1", {table, last}).affected == 0)
    db.query("INSERT INTO sqlite_sequence (name, seq) VALUES ($1, $2)", {table, last});
  return ids;
}

}  // namespace pcmt::app::people
