#pragma once
// Base64 (RFC 4648) through libsodium: evidence files and stored import files kept in TEXT columns,
// files uploaded inside JSON bodies, and random tokens.
#include <optional>
#include <string>
#include <string_view>

namespace pcmt::app {

// Standard alphabet with padding (§4).
std::string to_base64(std::string_view bytes);
// The URL- and filename-safe alphabet without padding (§5): tokens that go into cookies and URLs.
std::string to_base64url(std::string_view bytes);
// Standard alphabet; nullopt on anything that is not valid base64 (whitespace and line breaks are ignored).
std::optional<std::string> from_base64(std::string_view text);

}  // namespace pcmt::app
