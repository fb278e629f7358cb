#pragma once
// Read-only access to a zip archive held in memory (DOCX and XLSX are zips of XML parts).
// The archive reads the caller's bytes in place: they must outlive it.
//
// Archives come from users, so what they expand to is bounded: the number of entries, each entry,
// and the sum of all bytes read from the archive, counted as actually decompressed (a header's
// declared size is not trusted). Past a bound, FileLimitError (file.too_large, file.too_complex).
#include <zip.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace pcmt::files {

struct ZipLimits {
  size_t max_entries = 10'000;             // a document has a few dozen
  size_t max_expanded = size_t{64} << 20;  // over all entries read
};

class ZipArchive {
 public:
  // Nothing when the bytes are not a zip archive; FileLimitError when it has too many entries.
  static std::optional<ZipArchive> open(std::string_view bytes, ZipLimits limits = {});
  bool contains(const std::string& name) const;
  // The entry's bytes; nothing when absent or unreadable. FileLimitError (file.too_large) when it
  // expands beyond max_size or beyond what is left of the archive's budget.
  std::optional<std::string> entry(const std::string& name, size_t max_size);

 private:
  struct Closer {
    void operator()(zip_t* z) const { zip_discard(z); }
  };
  ZipArchive(zip_t* z, ZipLimits limits) : zip_(z), limits_(limits) {}
  std::unique_ptr<zip_t, Closer> zip_;
  ZipLimits limits_;
  size_t expanded_ = 0;
};

}  // namespace pcmt::files
