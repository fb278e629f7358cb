#include "core/files/zip_archive.hpp"

#include <algorithm>

#include "core/files/file_limits.hpp"

namespace pcmt::files {

std::optional<ZipArchive> ZipArchive::open(std::string_view bytes, ZipLimits limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_t* z = nullptr;
  if (zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error)) {
    z = zip_open_from_source(src, ZIP_RDONLY, &error);
    if (!z) zip_source_free(src);
  }
  zip_error_fini(&error);
  if (!z) return std::nullopt;
  ZipArchive archive(z, limits);
  if (static_cast<zip_uint64_t>(zip_get_num_entries(z, 0)) > limits.max_entries) throw too_complex();
  return archive;
}

bool ZipArchive::contains(const std::string& name) const { return zip_name_locate(zip_.get(), name.c_str(), 0) >= 0; }

std::optional<std::string> ZipArchive::entry(const std::string& name, size_t max_size) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip_.get(), name.c_str(), 0, &st) != 0) return std::nullopt;
  const size_t allowed = std::min(max_size, limits_.max_expanded - expanded_);
  // The declared size only tells early that the entry is too large; what is read is counted below.
  if ((st.valid & ZIP_STAT_SIZE) && st.size > allowed) throw too_large();
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen_index(zip_.get(), st.index, 0), zip_fclose);
  if (!f) return std::nullopt;
  std::string data;
  if (st.valid & ZIP_STAT_SIZE) data.reserve(st.size);
  char chunk[64 * 1024];
  for (;;) {
    const zip_int64_t n = zip_fread(f.get(), chunk, sizeof chunk);
    if (n < 0) return std::nullopt;
    if (n == 0) break;
    if (data.size() + static_cast<size_t>(n) > allowed) throw too_large();
    data.append(chunk, static_cast<size_t>(n));
  }
  expanded_ += data.size();
  return data;
}

}  // namespace pcmt::files
