// Any bytes as the parts of an .xlsx workbook — the first sheet, then the shared strings after a
// NUL byte — zipped here so that mutations reach the reader instead of failing the zip's
// checksum. zip_fuzz covers the archive itself.
#include <cstdint>
#include <stdexcept>

#include "core/files/file_limits.hpp"
#include "plan_test_support.hpp"
#include "report/xlsx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto nul = input.find('\0');
  std::vector<std::pair<std::string, std::string>> parts = {
      {"xl/workbook.xml",
       R"(<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
       R"(<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)"},
      {"xl/worksheets/sheet1.xml", std::string(input.substr(0, nul))}};
  if (nul != std::string_view::npos) parts.emplace_back("xl/sharedStrings.xml", std::string(input.substr(nul + 1)));
  try {
    pcmt::report::read_xlsx_rows(plan_test::make_zip(parts));
  } catch (const std::invalid_argument&) {
  } catch (const pcmt::files::FileLimitError&) {
  }
  return 0;
}
