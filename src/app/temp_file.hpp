#pragma once
// A private temporary file, removed however its owner leaves. libxlsxwriter 1.1.4 (Debian 12)
// writes workbooks only to a path, so XLSX exports are written here and read back as bytes.
#include <string>

namespace pcmt::app {

class TempFile {
 public:
  TempFile();  // throws storage_full() on a full disk, std::runtime_error when no file can be created otherwise
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }
  std::string read() const;
  // Throws for a file that could not be written: storage_full() when the disk is full, else
  // std::runtime_error(what).
  [[noreturn]] void write_failed(const std::string& what) const;

 private:
  std::string path_;
};

}  // namespace pcmt::app
