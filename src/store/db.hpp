#pragma once
// The storage interface both engines implement. SQL is written once, in the common subset of
// SQLite and PostgreSQL, with $1..$N placeholders; the SQLite engine rewrites them to ?N.
// Values are typed on the way in; on the way out a Row converts on demand, because libpq
// answers in text while SQLite answers typed.
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pcmt::store {

enum class Engine { sqlite, postgres };

class Value {
 public:
  enum class Kind { null, integer, real, text };
  Value() = default;
  Value(std::nullptr_t) {}
  Value(int v) : kind_(Kind::integer), i_(v) {}
  Value(int64_t v) : kind_(Kind::integer), i_(v) {}
  Value(bool v) : kind_(Kind::integer), i_(v ? 1 : 0) {}
  Value(double v) : kind_(Kind::real), d_(v) {}
  Value(std::string v) : kind_(Kind::text), s_(std::move(v)) {}
  Value(std::string_view v) : kind_(Kind::text), s_(v) {}
  Value(const char* v) : kind_(Kind::text), s_(v) {}
  template <typename T>
  Value(const std::optional<T>& v) : Value() {
    if (v) *this = Value(*v);
  }
  Kind kind() const { return kind_; }
  int64_t integer() const { return i_; }
  double real() const { return d_; }
  const std::string& text() const { return s_; }
  std::string to_text() const;  // the textual form sent to libpq

 private:
  Kind kind_ = Kind::null;
  int64_t i_ = 0;
  double d_ = 0;
  std::string s_;
};

using Params = std::vector<Value>;

class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  size_t size() const { return values_.size(); }
  bool is_null(size_t i) const { return values_.at(i).kind() == Value::Kind::null; }
  int64_t i64(size_t i) const;
  double f64(size_t i) const;
  bool boolean(size_t i) const { return i64(i) != 0; }
  std::string str(size_t i) const;
  std::optional<int64_t> opt_i64(size_t i) const;
  std::optional<std::string> opt_str(size_t i) const;

 private:
  std::vector<Value> values_;
};

// Rows are materialised: pcmt queries return pages, not streams.
struct Result {
  std::vector<Row> rows;
  int64_t affected = 0;
  bool empty() const { return rows.empty(); }
  const Row& one() const;  // throws NotFound when empty
};

struct DbError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// A UNIQUE or PRIMARY KEY violation; callers turn it into a 409.
struct ConstraintViolation : DbError {
  using DbError::DbError;
};
struct NotFound : DbError {
  using DbError::DbError;
};
// The disk under the database is full (SQLite's file, or the PostgreSQL server's). The statement and
// its transaction failed whole; the connection stays usable and writes succeed again once space returns.
struct StorageFull : DbError {
  using DbError::DbError;
};

// One connection. Not thread-safe: a connection belongs to one request at a time (see Pool).
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Engine engine() const = 0;
  // Prepares (once per connection, cached by SQL text), binds, runs and materialises.
  virtual Result query(std::string_view sql, const Params& params = {}) = 0;
  // Several statements without parameters (migrations).
  virtual void exec_script(std::string_view sql) = 0;
  // A write transaction. SQLite takes the write lock at BEGIN (IMMEDIATE) so that two writers
  // cannot both read and then fail to upgrade; PostgreSQL uses READ COMMITTED plus row locks.
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;
  // Appends many rows fast: COPY on PostgreSQL, one prepared INSERT on SQLite.
  virtual void bulk_insert(std::string_view table, const std::vector<std::string>& columns,
                           const std::vector<Params>& rows) = 0;
};

// RAII transaction: commits only when commit() is called; rolls back otherwise.
class Transaction {
 public:
  explicit Transaction(Connection& c) : c_(c) { c_.begin(); }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  Connection& c_;
  bool done_ = false;
};

// Opens a connection from "sqlite:PATH" or a libpq URI ("postgresql://..." / "postgres://...").
std::unique_ptr<Connection> connect(const std::string& url);
Engine engine_of(const std::string& url);  // throws std::invalid_argument on an unknown scheme

}  // namespace pcmt::store
