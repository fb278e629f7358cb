#include "core/plans/document_text.hpp"

#include <unicode/unistr.h>

#include "core/files/file_limits.hpp"
#include "core/plans/plan_error.hpp"
#include "core/plans/text_cleanup.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::plans {
namespace {

// Plans run to a few hundred paragraphs; the parser's work grows faster than their number.
constexpr size_t kMaxParagraphs = 5'000;

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

// UTF-16 with a byte order mark, as Notepad saves "Unicode" text.
std::string from_utf16(std::string_view bytes, bool little_endian) {
  std::u16string units;
  units.reserve(bytes.size() / 2);
  for (size_t i = 2; i + 1 < bytes.size(); i += 2) {
    const auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    units.push_back(static_cast<char16_t>(lo | (hi << 8)));
  }
  std::string out;
  icu::UnicodeString(units.data(), static_cast<int32_t>(units.size())).toUTF8String(out);
  return out;
}

std::string plain_text(std::string_view bytes) {
  if (starts_with(bytes, "\xFF\xFE")) return from_utf16(bytes, true);
  if (starts_with(bytes, "\xFE\xFF")) return from_utf16(bytes, false);
  if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (bytes.find('\0') != std::string_view::npos)
    throw PlanError(kUnreadable, "Tệp không phải văn bản: có dữ liệu nhị phân");
  if (!text::is_valid_utf8(bytes))
    throw PlanError(kUnreadable, "Tệp văn bản không dùng bảng mã UTF-8 (hãy lưu lại với bảng mã Unicode UTF-8)");
  return std::string(bytes);
}

}  // namespace

std::vector<std::string> document_paragraphs(std::string_view bytes) {
  if (text::trim(bytes).empty()) throw PlanError(kUnreadable, "Tệp trống, không có nội dung kế hoạch");
  std::vector<std::string> paragraphs;
  if (starts_with(bytes, "PK\x03\x04")) {
    std::string joined;
    for (const auto& p : docx_paragraphs(bytes)) {
      joined += p;
      joined += '\n';
    }
    paragraphs = clean_paragraphs(joined);
  } else if (starts_with(bytes, "%PDF")) {
    paragraphs = clean_paragraphs(pdf_text(bytes), Lines::wrap_paragraphs);
  } else if (starts_with(bytes, "\xD0\xCF\x11\xE0")) {
    throw PlanError(kUnsupportedFormat, "Định dạng Word cũ (.doc) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc PDF");
  } else if (starts_with(bytes, "{\\rtf")) {
    throw PlanError(kUnsupportedFormat, "Định dạng RTF chưa được hỗ trợ; hãy lưu lại thành .docx hoặc PDF");
  } else {
    paragraphs = clean_paragraphs(plain_text(bytes));
  }
  if (paragraphs.empty()) throw PlanError(kUnreadable, "Không đọc được nội dung văn bản trong tệp");
  if (paragraphs.size() > kMaxParagraphs) throw files::too_complex();
  return paragraphs;
}

}  // namespace pcmt::plans
