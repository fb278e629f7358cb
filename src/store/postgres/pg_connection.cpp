#include "store/postgres/pg_connection.hpp"

#include <memory>

namespace pcmt::store {
namespace {

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

// COPY text format: backslash, tab, newline and carriage return are escaped; \N is NULL.
void append_copy_field(std::string& out, const Value& v) {
  if (v.kind() == Value::Kind::null) {
    out += "\\N";
    return;
  }
  for (char c : v.to_text()) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out.push_back(c);
    }
  }
}

}  // namespace

PgConnection::PgConnection(const std::string& uri) {
  conn_ = PQconnectdb(uri.c_str());
  if (PQstatus(conn_) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(conn_);
    PQfinish(conn_);
    conn_ = nullptr;
    throw DbError("cannot connect to PostgreSQL: " + msg);
  }
  PgResult r(PQexec(conn_, "SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'"));
  if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) fail(r.get(), "session setup");
}

PgConnection::~PgConnection() {
  if (conn_) PQfinish(conn_);
}

void PgConnection::fail(PGresult* res, std::string_view what) {
  std::string msg = std::string(what) + ": " + PQerrorMessage(conn_);
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  if (state && std::string_view(state) == "23505") throw ConstraintViolation(msg);
  if (state && std::string_view(state) == "53100") throw StorageFull(msg);  // disk_full
  throw DbError(msg);
}

const std::string& PgConnection::statement_name(std::string_view sql) {
  auto it = names_.find(std::string(sql));
  if (it != names_.end()) return it->second;
  std::string name = "s" + std::to_string(names_.size());
  PgResult r(PQprepare(conn_, name.c_str(), std::string(sql).c_str(), 0, nullptr));
  if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) fail(r.get(), "prepare");
  return names_.emplace(std::string(sql), std::move(name)).first->second;
}

Result PgConnection::query(std::string_view sql, const Params& params) {
  const std::string& name = statement_name(sql);
  std::vector<std::string> texts;
  std::vector<const char*> values;
  texts.reserve(params.size());
  for (const auto& p : params) texts.push_back(p.to_text());
  for (size_t i = 0; i < params.size(); ++i)
    values.push_back(params[i].kind() == Value::Kind::null ? nullptr : texts[i].c_str());
  PgResult r(PQexecPrepared(conn_, name.c_str(), static_cast<int>(values.size()), values.data(), nullptr,
                            nullptr, 0));
  const auto status = PQresultStatus(r.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) fail(r.get(), "query");
  Result result;
  const int nrows = PQntuples(r.get());
  const int ncols = PQnfields(r.get());
  result.rows.reserve(static_cast<size_t>(nrows));
  for (int row = 0; row < nrows; ++row) {
    std::vector<Value> vals;
    vals.reserve(static_cast<size_t>(ncols));
    for (int c = 0; c < ncols; ++c) {
      if (PQgetisnull(r.get(), row, c))
        vals.emplace_back();
      else
        vals.emplace_back(std::string(PQgetvalue(r.get(), row, c), static_cast<size_t>(PQgetlength(r.get(), row, c))));
    }
    result.rows.emplace_back(std::move(vals));
  }
  const char* affected = PQcmdTuples(r.get());
  result.affected = (affected && *affected) ? std::stoll(affected) : 0;
  return result;
}

void PgConnection::exec_script(std::string_view sql) {
  PgResult r(PQexec(conn_, std::string(sql).c_str()));
  const auto status = PQresultStatus(r.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(r.get(), "exec");
}

void PgConnection::begin() {
  exec_script("BEGIN");
  in_transaction_ = true;
}

void PgConnection::commit() {
  in_transaction_ = false;
  exec_script("COMMIT");
}

void PgConnection::rollback() {
  if (!in_transaction_ && PQtransactionStatus(conn_) == PQTRANS_IDLE) return;
  in_transaction_ = false;
  exec_script("ROLLBACK");
}

void PgConnection::bulk_insert(std::string_view table, const std::vector<std::string>& columns,
                               const std::vector<Params>& rows) {
  std::string sql = "COPY " + std::string(table) + " (";
  for (size_t i = 0; i < columns.size(); ++i) sql += (i ? "," : "") + columns[i];
  sql += ") FROM STDIN";
  PgResult start(PQexec(conn_, sql.c_str()));
  if (PQresultStatus(start.get()) != PGRES_COPY_IN) fail(start.get(), "copy");
  std::string buf;
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) buf.push_back('\t');
      append_copy_field(buf, row[i]);
    }
    buf.push_back('\n');
    if (buf.size() > (1 << 20)) {
      if (PQputCopyData(conn_, buf.data(), static_cast<int>(buf.size())) != 1) fail(nullptr, "copy data");
      buf.clear();
    }
  }
  if (!buf.empty() && PQputCopyData(conn_, buf.data(), static_cast<int>(buf.size())) != 1) fail(nullptr, "copy data");
  if (PQputCopyEnd(conn_, nullptr) != 1) fail(nullptr, "copy end");
  PgResult end(PQgetResult(conn_));
  if (PQresultStatus(end.get()) != PGRES_COMMAND_OK) fail(end.get(), "copy");
  while (PGresult* extra = PQgetResult(conn_)) PQclear(extra);
}

}  // namespace pcmt::store
