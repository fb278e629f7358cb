#pragma once
#include <libpq-fe.h>

#include <string>
#include <unordered_map>

#include "store/db.hpp"

namespace pcmt::store {

// PostgreSQL engine over libpq: named prepared statements cached per connection, parameters and
// results in text form (the Row converts), bulk loads through COPY (one round trip per row costs
// ~100 µs here; COPY loads a million rows in seconds).
class PgConnection final : public Connection {
 public:
  explicit PgConnection(const std::string& uri);
  ~PgConnection() override;
  Engine engine() const override { return Engine::postgres; }
  Result query(std::string_view sql, const Params& params) override;
  void exec_script(std::string_view sql) override;
  void begin() override;
  void commit() override;
  void rollback() override;
  void bulk_insert(std::string_view table, const std::vector<std::string>& columns,
                   const std::vector<Params>& rows) override;

 private:
  const std::string& statement_name(std::string_view sql);
  [[noreturn]] void fail(PGresult* res, std::string_view what);
  PGconn* conn_ = nullptr;
  std::unordered_map<std::string, std::string> names_;
  bool in_transaction_ = false;
};

}  // namespace pcmt::store
