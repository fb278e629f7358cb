#pragma once
// The key complex types of a commune under QĐ 28/2025/QĐ-TTg Điều 4, plus "none".
#include <optional>
#include <string_view>

namespace pcmt::areas {

enum class KeyType { I, II, III, none };

constexpr std::string_view to_string(KeyType t) {
  switch (t) {
    case KeyType::I: return "I";
    case KeyType::II: return "II";
    case KeyType::III: return "III";
    case KeyType::none: return "none";
  }
  return "none";
}

constexpr std::optional<KeyType> key_type_from_string(std::string_view s) {
  if (s == "I") return KeyType::I;
  if (s == "II") return KeyType::II;
  if (s == "III") return KeyType::III;
  if (s == "none") return KeyType::none;
  return std::nullopt;
}

}  // namespace pcmt::areas
