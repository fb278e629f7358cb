#include "core/areas/map_tiles.hpp"

#include <cctype>

namespace pcmt::areas {

TileSource parse_tile_url(std::string_view url) {
  std::string_view rest;
  if (url.starts_with("https://")) rest = url.substr(8);
  else if (url.starts_with("http://")) rest = url.substr(7);
  else throw TileUrlError("the tile URL must start with https:// or http://");
  for (unsigned char ch : url)
    if (ch <= ' ' || ch >= 0x7f || ch == ';' || ch == ',' || ch == '\'' || ch == '"' || ch == '\\')
      throw TileUrlError("the tile URL must not contain spaces, quotes, ';', ',' or non-ASCII characters");
  const auto slash = rest.find('/');
  const std::string_view host = rest.substr(0, slash);
  if (host.empty() || slash == std::string_view::npos) throw TileUrlError("the tile URL needs a host and a path");
  for (unsigned char ch : host)
    if (!std::isalnum(ch) && ch != '.' && ch != '-' && ch != ':' && ch != '[' && ch != ']')
      throw TileUrlError("the tile URL's host must be a plain host name or address (no {s} or user info)");
  for (std::string_view placeholder : {"{z}", "{x}", "{y}"})
    if (url.find(placeholder) == std::string_view::npos)
      throw TileUrlError("the tile URL must contain {z}, {x} and {y}");
  return {std::string(url), std::string(url.substr(0, url.size() - rest.size())) + std::string(host)};
}

}  // namespace pcmt::areas
