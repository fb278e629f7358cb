#include "app/fingerprint.hpp"

#include "app/crypto.hpp"
#include "app/settings.hpp"

namespace pcmt::app {
namespace {

constexpr const char* kSecretName = "fingerprint_secret";

std::string secret(store::Connection& db) {
  if (auto v = settings::get(db, kSecretName)) return *v;
  return settings::put_if_absent(db, kSecretName, crypto::random_token(32));
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
