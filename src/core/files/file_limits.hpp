#pragma once
// Why an untrusted file was refused before it could exhaust memory, stack or time: a stable code for
// programs and a Vietnamese message for people. Each reader applies the caps that fit its format;
// the ones shared by several readers are here.
#include <cstddef>
#include <string>

#include "core/coded_error.hpp"

namespace pcmt::files {

inline constexpr const char* kTooLarge = "file.too_large";      // expands to more than we read
inline constexpr const char* kTooComplex = "file.too_complex";  // nesting, entries, time or memory

// XML elements inside each other. Word and Excel nest a few dozen levels at most; the readers walk
// the tree recursively, so the cap is what keeps them within the stack.
inline constexpr int kMaxXmlDepth = 256;
// Cells of one table (CSV or a worksheet, empty cells included): 100,000 rows of 40 columns.
inline constexpr size_t kMaxTableCells = 4'000'000;

class FileLimitError : public CodedError {
 public:
  using CodedError::CodedError;
};

inline FileLimitError too_large() {
  return FileLimitError(kTooLarge, "Nội dung tệp sau khi giải nén quá lớn, không đọc được");
}
inline FileLimitError too_complex() {
  return FileLimitError(kTooComplex, "Tệp quá phức tạp hoặc bị hỏng, không đọc được");
}

}  // namespace pcmt::files
