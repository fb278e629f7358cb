#pragma once
// Standard base64 (RFC 4648 §4, with padding) for evidence files kept in TEXT columns.
#include <optional>
#include <string>
#include <string_view>

namespace pcmt::app::plans {

std::string to_base64(std::string_view bytes);
// nullopt on anything that is not valid base64 (whitespace and line breaks are ignored).
std::optional<std::string> from_base64(std::string_view text);

}  // namespace pcmt::app::plans
