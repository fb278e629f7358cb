#include "app/temp_file.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace pcmt::app {

TempFile::TempFile() {
  std::string pattern = (std::filesystem::temp_directory_path() / "pcmt-export-XXXXXX").string();
  const int fd = mkstemp(pattern.data());  // mode 0600: exports hold personal data
  if (fd < 0) throw std::runtime_error("cannot create a temporary file for an export");
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

}  // namespace pcmt::app
