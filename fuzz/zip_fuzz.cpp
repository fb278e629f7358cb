// Any bytes as a zip archive: open it and read the parts DOCX and XLSX readers ask for.
#include <cstdint>
#include <string>

#include "core/files/file_limits.hpp"
#include "core/files/zip_archive.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    auto zip = pcmt::files::ZipArchive::open(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!zip) return 0;
    for (const char* name : {"word/document.xml", "xl/workbook.xml", "xl/sharedStrings.xml", "[Content_Types].xml"})
      if (zip->contains(name)) zip->entry(name, size_t{8} << 20);
  } catch (const pcmt::files::FileLimitError&) {
  }
  return 0;
}
