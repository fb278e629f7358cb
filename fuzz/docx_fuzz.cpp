// Any bytes as the body of a .docx (word/document.xml, and word/numbering.xml after a NUL byte),
// zipped here so that mutations reach the XML walkers instead of failing the zip's checksum.
// zip_fuzz covers the archive itself.
#include <cstdint>

#include "core/files/file_limits.hpp"
#include "core/plans/document_text.hpp"
#include "core/plans/plan_error.hpp"
#include "plan_test_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto nul = input.find('\0');
  const std::string document(input.substr(0, nul));
  const std::string numbering(nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1));
  try {
    pcmt::plans::docx_paragraphs(plan_test::make_docx(document, numbering));
  } catch (const pcmt::plans::PlanError&) {
  } catch (const pcmt::files::FileLimitError&) {
  }
  return 0;
}
