#pragma once
// The names people read for the codes an audit row holds: the user behind an actor id, the province,
// commune, agency or user an object id or a scope ("province:40") stands for. One namer per page of the
// trail, so a name asked twice is looked up once.
#include <map>
#include <optional>
#include <string>

#include "store/db.hpp"

namespace pcmt::app {

class AuditNamer {
 public:
  explicit AuditNamer(store::Connection& db) : db_(db) {}
  // A user's full name (the username when it has none).
  std::optional<std::string> user(int64_t id);
  // The name of an object of type province, commune, agency or user; nullopt for other types.
  std::optional<std::string> object(const std::string& type, const std::string& id);
  // The name a scope string ("province:40", "commune:16681", "agency:7") stands for.
  std::optional<std::string> scope(const std::string& scope);

 private:
  // A name through its owning module's SQL expression (`name_sql` of "$1"), read once per key.
  std::optional<std::string> lookup(const std::string& key, const std::string& name_sql, store::Value id);
  store::Connection& db_;
  std::map<std::string, std::optional<std::string>> cache_;
};

}  // namespace pcmt::app
