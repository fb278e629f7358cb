#include "store/sqlite/sqlite_connection.hpp"

#include <cerrno>
#include <chrono>
#include <thread>

namespace pcmt::store {

namespace {

// A writer that finds the write lock taken retries every millisecond for about ten seconds.
// SQLite's own busy_timeout backs off to 100 ms sleeps, and a job committing chunk after chunk
// leaves gaps of a few milliseconds: such a writer kept missing them and waited seconds.
int retry_every_millisecond(void*, int attempts) {
  if (attempts >= 10'000) return 0;
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return 1;
}

}  // namespace

std::string sqlite_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  bool in_string = false;
  for (size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '\'') in_string = !in_string;
    if (!in_string && c == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') c = '?';
    out.push_back(c);
  }
  return out;
}

SqliteConnection::SqliteConnection(const std::string& path) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr); rc != SQLITE_OK) fail(rc, "open " + path);
  sqlite3_busy_handler(db_, retry_every_millisecond, nullptr);
  exec_script(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
      "PRAGMA temp_store=MEMORY;");
}

SqliteConnection::~SqliteConnection() {
  for (auto& [_, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

void SqliteConnection::fail(int rc, std::string_view what) {
  std::string msg = std::string(what) + ": " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
  const int ext = db_ ? sqlite3_extended_errcode(db_) : rc;
  if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY) throw ConstraintViolation(msg);
  // A full disk shows as SQLITE_FULL, or as an I/O error whose system error is ENOSPC (a WAL or shm write).
  const bool no_space = (ext & 0xff) == SQLITE_FULL ||
                        ((ext & 0xff) == SQLITE_IOERR && db_ && sqlite3_system_errno(db_) == ENOSPC);
  if (no_space) throw StorageFull(msg);
  throw DbError(msg);
}

sqlite3_stmt* SqliteConnection::prepared(std::string_view sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) return it->second;
  const std::string rewritten = sqlite_placeholders(sql);
  sqlite3_stmt* stmt = nullptr;
  if (int rc = sqlite3_prepare_v3(db_, rewritten.c_str(), static_cast<int>(rewritten.size()),
                                  SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
      rc != SQLITE_OK)
    fail(rc, "prepare");
  cache_.emplace(std::string(sql), stmt);
  return stmt;
}

namespace {

void bind(sqlite3_stmt* stmt, const Params& params) {
  for (size_t i = 0; i < params.size(); ++i) {
    const int idx = static_cast<int>(i + 1);
    const Value& v = params[i];
    switch (v.kind()) {
      case Value::Kind::null: sqlite3_bind_null(stmt, idx); break;
      case Value::Kind::integer: sqlite3_bind_int64(stmt, idx, v.integer()); break;
      case Value::Kind::real: sqlite3_bind_double(stmt, idx, v.real()); break;
      case Value::Kind::text:
        sqlite3_bind_text(stmt, idx, v.text().data(), static_cast<int>(v.text().size()), SQLITE_STATIC);
        break;
    }
  }
}

Value column(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER: return Value(static_cast<int64_t>(sqlite3_column_int64(stmt, i)));
    case SQLITE_FLOAT: return Value(sqlite3_column_double(stmt, i));
    case SQLITE_NULL: return Value();
    default: {
      const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
      return Value(std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt, i))));
    }
  }
}

// Resets the statement however the caller leaves, so a cached statement never holds a read lock.
struct ResetOnExit {
  sqlite3_stmt* stmt;
  ~ResetOnExit() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
};

}  // namespace

Result SqliteConnection::query(std::string_view sql, const Params& params) {
  sqlite3_stmt* stmt = prepared(sql);
  ResetOnExit guard{stmt};
  bind(stmt, params);
  Result result;
  const int ncols = sqlite3_column_count(stmt);
  for (;;) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) fail(rc, "step");
    std::vector<Value> values;
    values.reserve(static_cast<size_t>(ncols));
    for (int i = 0; i < ncols; ++i) values.push_back(column(stmt, i));
    result.rows.emplace_back(std::move(values));
  }
  result.affected = sqlite3_changes64(db_);
  return result;
}

void SqliteConnection::exec_script(std::string_view sql) {
  const std::string s(sql);
  if (int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, nullptr); rc != SQLITE_OK) fail(rc, "exec");
}

void SqliteConnection::begin() { query("BEGIN IMMEDIATE", {}); }
void SqliteConnection::commit() { query("COMMIT", {}); }
void SqliteConnection::rollback() {
  if (!sqlite3_get_autocommit(db_)) query("ROLLBACK", {});
}

void SqliteConnection::bulk_insert(std::string_view table, const std::vector<std::string>& columns,
                                   const std::vector<Params>& rows) {
  std::string sql = "INSERT INTO " + std::string(table) + " (";
  std::string values = ") VALUES (";
  for (size_t i = 0; i < columns.size(); ++i) {
    sql += (i ? "," : "") + columns[i];
    values += (i ? ",$" : "$") + std::to_string(i + 1);
  }
  sql += values + ")";
  for (const auto& row : rows) query(sql, row);
}

}  // namespace pcmt::store
