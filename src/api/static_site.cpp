#include "api/static_site.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/crypto.hpp"

namespace pcmt::api {
namespace fs = std::filesystem;
namespace {

std::string content_type_of(const std::string& ext) {
  static const std::map<std::string, std::string> types{
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".ico", "image/x-icon"},              {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"}, {".csv", "text/csv; charset=utf-8"},
      {".webmanifest", "application/manifest+json"}};
  auto it = types.find(ext);
  return it == types.end() ? "application/octet-stream" : it->second;
}

}  // namespace

std::optional<StaticSite> StaticSite::load(const std::string& dir) {
  if (!fs::exists(fs::path(dir) / "index.html")) return std::nullopt;
  StaticSite site;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string rel = "/" + fs::relative(entry.path(), dir).generic_string();
    File f;
    f.body = ss.str();
    f.content_type = content_type_of(entry.path().extension().string());
    f.etag = "\"" + app::crypto::sha256_hex(f.body).substr(0, 32) + "\"";
    // Vite puts content-hashed files under /assets/: their URL changes when they do.
    f.immutable = rel.starts_with("/assets/");
    site.files_[rel] = std::move(f);
  }
  return site;
}

std::optional<Response> StaticSite::serve(const Request& req) const {
  std::string path = req.path == "/" ? "/index.html" : req.path;
  auto it = files_.find(path);
  if (it == files_.end()) {
    // Client-side routes (/communes/16681) have no extension: they get the app shell.
    const auto last = path.rfind('/');
    if (path.find('.', last) != std::string::npos) return std::nullopt;
    it = files_.find("/index.html");
  }
  const File& f = it->second;
  Response r;
  r.content_type = f.content_type;
  r.headers.emplace_back("ETag", f.etag);
  r.headers.emplace_back("Cache-Control", f.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (req.if_none_match == f.etag) {
    r.status = 304;
    return r;
  }
  r.body = f.body;
  return r;
}

}  // namespace pcmt::api
