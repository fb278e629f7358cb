#include "api/map_tiles.hpp"

namespace pcmt::api {
namespace {
std::optional<areas::TileSource>& configured() {
  static std::optional<areas::TileSource> source;
  return source;
}
}  // namespace

void set_map_tiles(std::optional<areas::TileSource> source) { configured() = std::move(source); }
const std::optional<areas::TileSource>& map_tiles() { return configured(); }

}  // namespace pcmt::api
