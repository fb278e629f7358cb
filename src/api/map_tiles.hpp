#pragma once
// The map tile source the operator configured (pcmt serve --map-tiles / PCMT_MAP_TILES), read by
// the map page and by the Content-Security-Policy, which allows that one origin in img-src.
// Unset: the map draws its own plain background and every marker still shows (closed networks).
#include <optional>

#include "core/areas/map_tiles.hpp"

namespace pcmt::api {

// Set once at start-up, before the server's threads run.
void set_map_tiles(std::optional<areas::TileSource> source);
const std::optional<areas::TileSource>& map_tiles();

}  // namespace pcmt::api
