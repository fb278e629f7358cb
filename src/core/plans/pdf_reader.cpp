// PDF with a text layer, through poppler-cpp, from bytes in memory.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>

#include "core/files/file_limits.hpp"
#include "core/plans/document_text.hpp"
#include "core/plans/plan_error.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::plans {
namespace {

// Poppler reports damaged files on stderr; the caller gets a PlanError instead.
void quiet(const std::string&, void*) {}

// A plan runs to tens of pages. Poppler's time per page is not bounded here: uploads are read in a
// child process with a CPU limit (app/files/reader_process.hpp).
constexpr int kMaxPages = 2'000;
constexpr size_t kMaxText = size_t{64} << 20;

}  // namespace

std::string pdf_text(std::string_view bytes) {
  poppler::set_debug_error_function(quiet, nullptr);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw PlanError(kUnreadable, "Tệp PDF bị hỏng, không đọc được");
  if (doc->is_locked()) throw PlanError(kUnreadable, "Tệp PDF có mật khẩu, không đọc được");
  if (doc->pages() > kMaxPages) throw files::too_complex();
  std::string text;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    const auto utf8 = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    text.append(utf8.begin(), utf8.end());
    text += '\f';  // page break: a paragraph split by it is joined again by clean_paragraphs
    if (text.size() > kMaxText) throw files::too_large();
  }
  if (text::trim(text).find_first_not_of("\f \n") == std::string_view::npos)
    throw PlanError(kUnreadable, "Tệp PDF không có lớp chữ (bản quét); hãy dùng bản .docx hoặc PDF có chữ");
  return text;
}

}  // namespace pcmt::plans
