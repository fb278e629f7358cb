#include "store/db.hpp"

#include <charconv>

#include "store/postgres/pg_connection.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace pcmt::store {

std::string Value::to_text() const {
  switch (kind_) {
    case Kind::integer: return std::to_string(i_);
    case Kind::real: {
      char buf[32];
      auto r = std::to_chars(buf, buf + sizeof buf, d_);
      return std::string(buf, r.ptr);
    }
    case Kind::text: return s_;
    case Kind::null: break;
  }
  return {};
}

int64_t Row::i64(size_t i) const {
  const Value& v = values_.at(i);
  switch (v.kind()) {
    case Value::Kind::integer: return v.integer();
    case Value::Kind::real: return static_cast<int64_t>(v.real());
    case Value::Kind::text: {
      const std::string& s = v.text();
      if (s == "t") return 1;  // PostgreSQL booleans in text form
      if (s == "f") return 0;
      int64_t out = 0;
      auto r = std::from_chars(s.data(), s.data() + s.size(), out);
      if (r.ec != std::errc()) throw DbError("column " + std::to_string(i) + " is not an integer");
      return out;
    }
    case Value::Kind::null: break;
  }
  throw DbError("column " + std::to_string(i) + " is NULL");
}

double Row::f64(size_t i) const {
  const Value& v = values_.at(i);
  if (v.kind() == Value::Kind::real) return v.real();
  if (v.kind() == Value::Kind::integer) return static_cast<double>(v.integer());
  if (v.kind() == Value::Kind::text) return std::stod(v.text());
  throw DbError("column " + std::to_string(i) + " is NULL");
}

std::string Row::str(size_t i) const {
  const Value& v = values_.at(i);
  if (v.kind() == Value::Kind::null) return {};
  return v.to_text();
}

std::optional<int64_t> Row::opt_i64(size_t i) const {
  if (is_null(i)) return std::nullopt;
  return i64(i);
}

std::optional<std::string> Row::opt_str(size_t i) const {
  if (is_null(i)) return std::nullopt;
  return str(i);
}

const Row& Result::one() const {
  if (rows.empty()) throw NotFound("no row");
  return rows.front();
}

Transaction::~Transaction() {
  if (!done_) {
    try {
      c_.rollback();
    } catch (...) {
      // Already failing; the connection reports the original error.
    }
  }
}

void Transaction::commit() {
  c_.commit();
  done_ = true;
}

Engine engine_of(const std::string& url) {
  if (url.starts_with("sqlite:")) return Engine::sqlite;
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) return Engine::postgres;
  throw std::invalid_argument("database URL must start with sqlite: or postgresql://");
}

std::unique_ptr<Connection> connect(const std::string& url) {
  if (engine_of(url) == Engine::sqlite) return std::make_unique<SqliteConnection>(url.substr(7));
  return std::make_unique<PgConnection>(url);
}

}  // namespace pcmt::store
