#include "report/temp_file.hpp"

#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace pcmt::report {
namespace {

// Writers report failure without saying why (libxlsxwriter's error codes do not carry errno, and later
// calls may overwrite it), so the disk itself is asked as well.
bool disk_full(const std::string& path) {
  if (errno == ENOSPC || errno == EDQUOT) return true;
  struct statvfs fs {};
  const std::string dir = std::filesystem::path(path).parent_path().string();
  return statvfs(dir.c_str(), &fs) == 0 && fs.f_bavail * fs.f_frsize < (1u << 20);
}

}  // namespace

TempFile::TempFile() {
  std::string pattern = (std::filesystem::temp_directory_path() / "pcmt-export-XXXXXX").string();
  const int fd = mkstemp(pattern.data());  // mode 0600: exports hold personal data
  if (fd < 0) {
    if (disk_full(pattern)) throw DiskFull();
    throw std::runtime_error("cannot create a temporary file for an export");
  }
  close(fd);
  path_ = pattern;
}

TempFile::~TempFile() {
  std::error_code ec;  // a destructor must not throw
  std::filesystem::remove(path_, ec);
}

std::string TempFile::read() const {
  std::ifstream in(path_, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void TempFile::write_failed(const std::string& what) const {
  if (disk_full(path_)) throw DiskFull();
  throw std::runtime_error(what);
}

}  // namespace pcmt::report
