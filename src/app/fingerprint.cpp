#include "app/fingerprint.hpp"

#include "app/crypto.hpp"

namespace pcmt::app {
namespace {

constexpr const char* kSecretName = "fingerprint_secret";

std::string secret(store::Connection& db) {
  auto r = db.query("SELECT value FROM settings WHERE name = $1", {kSecretName});
  if (!r.empty()) return r.rows[0].str(0);
  // Two processes may create it at once: the first insert wins and both read it back.
  db.query("INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
           {kSecretName, crypto::random_token(32)});
  return db.query("SELECT value FROM settings WHERE name = $1", {kSecretName}).one().str(0);
}

}  // namespace

Fingerprints::Fingerprints(store::Connection& db) : secret_(secret(db)) {}

std::string Fingerprints::of(std::string_view purpose, std::string_view value) const {
  std::string message(purpose);
  message += '\0';
  message += value;
  return crypto::keyed_hash_hex(secret_, message).substr(0, 32);
}

}  // namespace pcmt::app
