#pragma once
#include <sqlite3.h>

#include <string>
#include <unordered_map>

#include "store/db.hpp"

namespace pcmt::store {

// SQLite engine: WAL (readers do not block the writer), foreign keys on, a busy handler so that
// concurrent writers wait for the lock (about ten seconds, retrying every millisecond) instead of failing.
class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(const std::string& path);
  ~SqliteConnection() override;
  Engine engine() const override { return Engine::sqlite; }
  Result query(std::string_view sql, const Params& params) override;
  void exec_script(std::string_view sql) override;
  void begin() override;
  void commit() override;
  void rollback() override;
  void bulk_insert(std::string_view table, const std::vector<std::string>& columns,
                   const std::vector<Params>& rows) override;

 private:
  sqlite3_stmt* prepared(std::string_view sql);
  [[noreturn]] void fail(int rc, std::string_view what);
  sqlite3* db_ = nullptr;
  // Looked up by the caller's string_view without copying it (a bulk insert's text is tens of KB).
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, sqlite3_stmt*, TextHash, std::equal_to<>> cache_;
};

// "$1" → "?1" outside string literals: SQLite numbers "$name" parameters by first appearance,
// "?N" by N, and only the latter matches PostgreSQL's meaning.
std::string sqlite_placeholders(std::string_view sql);

}  // namespace pcmt::store
