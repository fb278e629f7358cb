#include "core/files/zip_archive.hpp"

#include <stdexcept>

namespace pcmt::files {

std::optional<ZipArchive> ZipArchive::open(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_t* z = nullptr;
  if (zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error)) {
    z = zip_open_from_source(src, ZIP_RDONLY, &error);
    if (!z) zip_source_free(src);
  }
  zip_error_fini(&error);
  if (!z) return std::nullopt;
  return ZipArchive(z);
}

std::optional<std::string> ZipArchive::entry(const std::string& name, size_t max_size) const {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip_.get(), name.c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return std::nullopt;
  if (st.size > max_size) throw std::length_error("zip entry too large: " + name);
  zip_file_t* f = zip_fopen_index(zip_.get(), st.index, 0);
  if (!f) return std::nullopt;
  std::string data(st.size, '\0');
  const zip_int64_t n = zip_fread(f, data.data(), st.size);
  zip_fclose(f);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) return std::nullopt;
  return data;
}

}  // namespace pcmt::files
