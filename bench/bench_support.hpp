#pragma once
// What the benchmarks share: a deterministic random sequence and a fresh SQLite database
// with the schema and reference data, so generated data is the same on every run.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/reference.hpp"
#include "store/db.hpp"
#include "store/migrate.hpp"

namespace pcmt::bench {

// splitmix64: a fixed, portable sequence (std distributions differ between libraries).
struct Rng {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int64_t in(int64_t lo, int64_t hi) { return lo + static_cast<int64_t>(next() % static_cast<uint64_t>(hi - lo + 1)); }
  bool chance(int percent) { return in(1, 100) <= percent; }
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[static_cast<size_t>(in(0, static_cast<int64_t>(v.size()) - 1))]; }
};

// Empties <tmp>/<name>, creates pcmt.db there with the schema and the reference data; returns its URL.
inline std::string fresh_database(const std::filesystem::path& dir) {
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string url = "sqlite:" + (dir / "pcmt.db").string();
  auto db = store::connect(url);
  store::migrate(*db);
  app::load_reference_data(*db);
  return url;
}

// A database a benchmark generates once per process, in <tmp>/<name>: `fill` runs on first use and
// the directory is removed at exit (generated databases are large: leave nothing behind).
class ScratchDatabase {
 public:
  ScratchDatabase(const std::string& name, const std::function<void(store::Connection&)>& fill)
      : dir_(std::filesystem::temp_directory_path() / name), url_(fresh_database(dir_)) {
    fill(*store::connect(url_));
    conn_ = store::connect(url_);
  }
  ~ScratchDatabase() {
    conn_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  store::Connection& connection() { return *conn_; }

 private:
  std::filesystem::path dir_;
  std::string url_;
  std::unique_ptr<store::Connection> conn_;
};

}  // namespace pcmt::bench
