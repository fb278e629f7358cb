#pragma once
// Files embedded in the binary at build time (see cmake/embed.cmake):
// migrations, reference data and rule packs, addressed by their repository path.
#include <optional>
#include <string_view>
#include <vector>

namespace pcmt {

struct Resource {
  std::string_view path;  // e.g. "data/reference/communes.csv"
  std::string_view bytes;
};

const std::vector<Resource>& resources();

inline std::optional<std::string_view> resource(std::string_view path) {
  for (const auto& r : resources())
    if (r.path == path) return r.bytes;
  return std::nullopt;
}

}  // namespace pcmt
