#pragma once
// The built single-page app (web/dist), loaded into memory at start: a few hundred KB, served
// without touching the disk. Unknown paths without an extension get index.html (client routes).
// The build precompresses each file (x.br, x.gz beside x): a browser that accepts one gets it, with
// Vary: Accept-Encoding; hashed assets are cached for a year, index.html is revalidated every time.
#include <map>
#include <optional>
#include <string>

#include "api/http.hpp"

namespace pcmt::api {

class StaticSite {
 public:
  static std::optional<StaticSite> load(const std::string& dir);  // nullopt when dir has no index.html
  // The response for a GET/HEAD path, or nullopt when the path names no file.
  std::optional<Response> serve(const Request& req) const;
  size_t file_count() const { return files_.size(); }

 private:
  struct Encoded {
    std::string body, etag;
  };
  struct File {
    std::string body, content_type, etag;
    bool immutable;
    std::map<std::string, Encoded> encodings;  // "br", "gzip": the precompressed copies found beside it
  };
  std::map<std::string, File> files_;
};

}  // namespace pcmt::api
