#include "api/static_site.hpp"

#include <algorithm>
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

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string etag_of(const std::string& body, const std::string& suffix = {}) {
  return "\"" + app::crypto::sha256_hex(body).substr(0, 32) + suffix + "\"";
}

// Whether an Accept-Encoding header accepts `coding` ("gzip;q=0" refuses it).
bool accepts(const std::string& header, const std::string& coding) {
  size_t start = 0;
  while (start <= header.size()) {
    const size_t end = std::min(header.find(',', start), header.size());
    std::string item = header.substr(start, end - start);
    std::string q;
    if (const auto semi = item.find(';'); semi != std::string::npos) {
      q = item.substr(semi + 1);
      item.resize(semi);
    }
    auto trim = [](std::string s) {
      const auto b = s.find_first_not_of(" \t");
      const auto e = s.find_last_not_of(" \t");
      return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    };
    item = trim(item);
    q.erase(std::remove(q.begin(), q.end(), ' '), q.end());
    const bool refused = q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000";
    if ((item == coding || item == "*") && !refused) return true;
    start = end + 1;
  }
  return false;
}

// The precompressed copies the build writes beside each file, tried in this order.
const std::pair<const char*, const char*> kEncodings[] = {{"br", ".br"}, {"gzip", ".gz"}};

}  // namespace

std::optional<StaticSite> StaticSite::load(const std::string& dir) {
  if (!fs::exists(fs::path(dir) / "index.html")) return std::nullopt;
  StaticSite site;
  auto is_copy = [](const fs::path& p) {
    const auto ext = p.extension().string();
    return (ext == ".br" || ext == ".gz") && fs::exists(fs::path(p).replace_extension());
  };
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || is_copy(entry.path())) continue;
    const std::string rel = "/" + fs::relative(entry.path(), dir).generic_string();
    File f;
    f.body = read_file(entry.path());
    f.content_type = content_type_of(entry.path().extension().string());
    f.etag = etag_of(f.body);
    // Vite puts content-hashed files under /assets/: their URL changes when they do.
    f.immutable = rel.starts_with("/assets/");
    for (const auto& [coding, ext] : kEncodings) {
      const fs::path copy = entry.path().string() + ext;
      if (!fs::exists(copy)) continue;
      std::string body = read_file(copy);
      // A copy no smaller than the file is not worth the client's decoding.
      if (body.size() >= f.body.size()) continue;
      f.encodings[coding] = {body, etag_of(f.body, std::string("-") + coding)};
    }
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
  const std::string* body = &f.body;
  const std::string* etag = &f.etag;
  Response r;
  r.content_type = f.content_type;
  for (const auto& [coding, ext] : kEncodings) {
    auto e = f.encodings.find(coding);
    if (e == f.encodings.end() || !accepts(req.accept_encoding, coding)) continue;
    body = &e->second.body;
    etag = &e->second.etag;
    r.headers.emplace_back("Content-Encoding", coding);
    break;
  }
  if (!f.encodings.empty()) r.headers.emplace_back("Vary", "Accept-Encoding");
  r.headers.emplace_back("ETag", *etag);
  r.headers.emplace_back("Cache-Control", f.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (req.if_none_match == *etag) {
    r.status = 304;
    return r;
  }
  r.body = *body;
  return r;
}

}  // namespace pcmt::api
