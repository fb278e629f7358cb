#pragma once
// The map's tile source: an operator setting, never user input. Validated strictly
// because its origin goes into the Content-Security-Policy header: one http(s) origin, no
// characters that could end or extend a CSP directive, and the {z}/{x}/{y} placeholders.
#include <stdexcept>
#include <string>
#include <string_view>

namespace pcmt::areas {

struct TileSource {
  std::string url_template;  // e.g. https://tile.example.vn/{z}/{x}/{y}.png
  std::string origin;        // e.g. https://tile.example.vn — what img-src allows
};

struct TileUrlError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

// Throws TileUrlError with a message naming what is wrong.
TileSource parse_tile_url(std::string_view url);

}  // namespace pcmt::areas
