#pragma once
// A private temporary file, removed however its owner leaves. libxlsxwriter 1.1.4 (Debian 12)
// writes workbooks only to a path, so XLSX exports are written here and read back as bytes.
#include <stdexcept>
#include <string>

namespace pcmt::report {

// The disk under the temporary directory is full: the document was not written, and the same export
// succeeds once space is freed. The api answers it as the database's full disk (503 storage.full).
struct DiskFull : std::runtime_error {
  DiskFull() : std::runtime_error("the disk is full") {}
};

class TempFile {
 public:
  TempFile();  // throws DiskFull on a full disk, std::runtime_error when no file can be created otherwise
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }
  std::string read() const;
  // Throws for a file that could not be written: DiskFull when the disk is full, else
  // std::runtime_error(what).
  [[noreturn]] void write_failed(const std::string& what) const;

 private:
  std::string path_;
};

}  // namespace pcmt::report
