// The map tile URL setting: its origin goes into the CSP header, so anything that could widen it is refused.
#include <gtest/gtest.h>

#include "core/areas/map_tiles.hpp"

using pcmt::areas::parse_tile_url;
using pcmt::areas::TileUrlError;

TEST(AreasMapTiles, OriginOfAnHttpsTemplate) {
  const auto t = parse_tile_url("https://tile.example.vn/osm/{z}/{x}/{y}.png");
  EXPECT_EQ(t.origin, "https://tile.example.vn");
  EXPECT_EQ(t.url_template, "https://tile.example.vn/osm/{z}/{x}/{y}.png");
}

TEST(AreasMapTiles, PortAndPlainHttpOnAClosedNetwork) {
  EXPECT_EQ(parse_tile_url("http://10.0.0.5:8081/{z}/{x}/{y}.png").origin, "http://10.0.0.5:8081");
}

TEST(AreasMapTiles, NeedsTheThreePlaceholders) {
  EXPECT_THROW(parse_tile_url("https://tile.example.vn/{z}/{x}.png"), TileUrlError);
  EXPECT_NO_THROW(parse_tile_url("https://tile.example.vn/t?z={z}&x={x}&y={y}"));
}

TEST(AreasMapTiles, RefusesWhatCouldExtendThePolicy) {
  EXPECT_THROW(parse_tile_url("https://a.example; script-src *;/{z}/{x}/{y}"), TileUrlError);
  EXPECT_THROW(parse_tile_url("https://a.example/{z}/{x}/{y} https://b.example"), TileUrlError);
  EXPECT_THROW(parse_tile_url("https://{s}.tile.example/{z}/{x}/{y}.png"), TileUrlError);
  EXPECT_THROW(parse_tile_url("https://user@tile.example/{z}/{x}/{y}.png"), TileUrlError);
  EXPECT_THROW(parse_tile_url("https://tile.example/{z}/{x}/{y}'.png"), TileUrlError);
}

TEST(AreasMapTiles, RefusesOtherSchemesAndMissingHost) {
  EXPECT_THROW(parse_tile_url("ftp://tile.example/{z}/{x}/{y}"), TileUrlError);
  EXPECT_THROW(parse_tile_url("data:image/png/{z}/{x}/{y}"), TileUrlError);
  EXPECT_THROW(parse_tile_url("https:///{z}/{x}/{y}"), TileUrlError);
  EXPECT_THROW(parse_tile_url("https://tile.example"), TileUrlError);
}
