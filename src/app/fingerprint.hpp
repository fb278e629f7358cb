#pragma once
// Keyed fingerprints of values that must be recognisable but never stored readable: an unknown
// username in the throttle table, a personal ID in the audit trail. The key is a random secret
// created in the database (`settings`) on first use, so it is not in the repository, and a
// fingerprint cannot be reversed by hashing every 12-digit number offline without it.
#include <string>
#include <string_view>

#include "store/db.hpp"

namespace pcmt::app {

// Reads (or creates) the secret once, for many fingerprints.
class Fingerprints {
 public:
  explicit Fingerprints(store::Connection& db);
  // HMAC-SHA256(secret, purpose | value), hex, truncated to 128 bits. `purpose` separates uses, so
  // a username's fingerprint never equals a personal ID's.
  std::string of(std::string_view purpose, std::string_view value) const;

 private:
  std::string secret_;
};

inline std::string fingerprint(store::Connection& db, std::string_view purpose, std::string_view value) {
  return Fingerprints(db).of(purpose, value);
}

}  // namespace pcmt::app
