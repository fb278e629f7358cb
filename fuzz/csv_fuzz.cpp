// Any bytes as a CSV upload.
#include <cstdint>
#include <stdexcept>

#include "core/files/file_limits.hpp"
#include "core/text/csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    pcmt::text::parse_csv(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const std::invalid_argument&) {
  } catch (const pcmt::files::FileLimitError&) {
  }
  return 0;
}
