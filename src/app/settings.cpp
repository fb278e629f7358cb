#include "app/settings.hpp"

namespace pcmt::app::settings {

std::optional<std::string> get(store::Connection& db, const std::string& name) {
  auto r = db.query("SELECT value FROM settings WHERE name = $1", {name});
  if (r.empty()) return std::nullopt;
  return r.rows[0].str(0);
}

void put(store::Connection& db, const std::string& name, const std::string& value) {
  db.query("INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
           {name, value});
}

std::string put_if_absent(store::Connection& db, const std::string& name, const std::string& value) {
  db.query("INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", {name, value});
  return db.query("SELECT value FROM settings WHERE name = $1", {name}).one().str(0);
}

}  // namespace pcmt::app::settings
