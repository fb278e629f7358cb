#pragma once
// Named values the server keeps in the database (the `settings` table): the fingerprint secret, a
// province's plan reminder, the demo's province. Each owner of a value names it; this module only
// stores it.
#include <optional>
#include <string>

#include "store/db.hpp"

namespace pcmt::app::settings {

std::optional<std::string> get(store::Connection& db, const std::string& name);
// Inserts or replaces the value.
void put(store::Connection& db, const std::string& name, const std::string& value);
// Stores the value unless the name has one, and returns the value in force: two processes may
// create a value at once, the first wins and both read it back.
std::string put_if_absent(store::Connection& db, const std::string& name, const std::string& value);

}  // namespace pcmt::app::settings
