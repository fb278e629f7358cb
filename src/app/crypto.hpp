#pragma once
// Thin wrappers over libsodium: argon2id password hashes, random tokens, SHA-256, HMAC-SHA256.
#include <string>
#include <string_view>

namespace pcmt::app::crypto {

void init();  // sodium_init; safe to call more than once
std::string hash_password(std::string_view password);                   // argon2id, encoded string
bool verify_password(std::string_view encoded, std::string_view password);
std::string random_token(size_t bytes = 32);                             // base64url, no padding
std::string sha256_hex(std::string_view data);
// HMAC-SHA256 of data under key, hex: recognisable by whoever holds the key, unreadable otherwise.
std::string keyed_hash_hex(std::string_view key, std::string_view data);

}  // namespace pcmt::app::crypto
