#pragma once
#include <string>
#include <vector>

#include "store/db.hpp"

namespace pcmt::store {

// Applies the embedded migrations src/store/migrations/NNNN_name[.engine].sql not yet applied,
// each in its own transaction, in order. A file suffixed .sqlite.sql or .postgres.sql applies to
// that engine only. Returns the names applied.
std::vector<std::string> migrate(Connection& conn);

// The highest version applied, 0 for an empty database.
int schema_version(Connection& conn);
// The highest version this binary ships.
int latest_schema_version();

}  // namespace pcmt::store
