#pragma once
// Read-only access to a zip archive held in memory (DOCX and XLSX are zips of XML parts).
// The archive reads the caller's bytes in place: they must outlive it.
#include <zip.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace pcmt::files {

class ZipArchive {
 public:
  // Nothing when the bytes are not a zip archive.
  static std::optional<ZipArchive> open(std::string_view bytes);
  // The entry's bytes; nothing when absent or unreadable. Throws std::length_error above max_size,
  // so a hostile archive cannot make us allocate what its header claims.
  std::optional<std::string> entry(const std::string& name, size_t max_size = size_t{256} << 20) const;

 private:
  struct Closer {
    void operator()(zip_t* z) const { zip_discard(z); }
  };
  explicit ZipArchive(zip_t* z) : zip_(z) {}
  std::unique_ptr<zip_t, Closer> zip_;
};

}  // namespace pcmt::files
