// Any bytes as a PDF: the text of its pages through poppler.
#include <cstdint>

#include "core/files/file_limits.hpp"
#include "core/plans/document_text.hpp"
#include "core/plans/plan_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    pcmt::plans::pdf_text(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const pcmt::plans::PlanError&) {
  } catch (const pcmt::files::FileLimitError&) {
  }
  return 0;
}
