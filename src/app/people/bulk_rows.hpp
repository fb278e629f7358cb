#pragma once
// Appending many rows: COPY on PostgreSQL (the engine's bulk_insert); on SQLite, multi-row INSERT
// statements of a few hundred rows each, which cut the per-statement overhead of one prepared
// INSERT per row by about two thirds for the import's million-row writes (bench/people_bench.cpp).
#include <string>
#include <vector>

#include "store/db.hpp"

namespace pcmt::app::people {

void insert_rows(store::Connection& db, const std::string& table, const std::vector<std::string>& columns,
                 const std::vector<store::Params>& rows);

}  // namespace pcmt::app::people
