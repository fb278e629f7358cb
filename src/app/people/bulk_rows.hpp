#pragma once
// Appending many rows: COPY on PostgreSQL (the engine's bulk_insert); on SQLite, multi-row INSERT
// statements of a few hundred rows each, which cut the per-statement overhead of one prepared
// INSERT per row by about two thirds for the import's million-row writes (bench/people_bench.cpp).
#include <string>
#include <vector>

#include "store/db.hpp"

namespace pcmt::app::people {

// The rows' values are moved out (no copy of a million strings); `rows` is left hollow.
void insert_rows(store::Connection& db, const std::string& table, const std::vector<std::string>& columns,
                 std::vector<store::Params>& rows);

// For the length of a large write (an import), SQLite keeps up to 256 MiB of pages in memory
// instead of its 2 MiB default: the indexes of a million new rows are then updated in memory
// rather than re-read from the file (a third less CPU for 100,000 people). Restored afterwards.
// Nothing on PostgreSQL, whose buffers are the server's.
class LargeWriteCache {
 public:
  explicit LargeWriteCache(store::Connection& db, int mebibytes = 256);
  ~LargeWriteCache();
  LargeWriteCache(const LargeWriteCache&) = delete;
  LargeWriteCache& operator=(const LargeWriteCache&) = delete;

 private:
  store::Connection& db_;
  std::string restore_;
};

}  // namespace pcmt::app::people
