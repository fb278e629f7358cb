#pragma once
// Ids for rows written in bulk (COPY on PostgreSQL, one prepared INSERT on SQLite), where
// RETURNING is not available: the ids are taken from the table's own sequence first, so rows
// inserted later one by one never collide with them. Call inside the write transaction.
#include <cstdint>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace pcmt::app::people {

// `n` fresh ids of `table` (a table whose key is the {{pk}} column `id`).
std::vector<int64_t> reserve_ids(store::Connection& db, const std::string& table, size_t n);

}  // namespace pcmt::app::people
