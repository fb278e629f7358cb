#pragma once
// What a reader child sends back on its stdout: the rows it read, or why it refused the file.
// Both ends are the same binary, but the parent checks every length anyway: a child that a file
// took over could write anything.
#include <string>
#include <string_view>
#include <vector>

#include "core/text/csv.hpp"

namespace pcmt::app::files {

// Why the child refused the file, as the exception the reader threw.
enum class Refusal : char { plan = 'P', invalid = 'A', limit = 'L' };

struct ReaderReply {
  bool ok = false;
  std::vector<text::CsvRecord> rows;  // a plan's paragraphs travel as one-field rows
  Refusal refusal = Refusal::invalid;
  std::string code, message;
};

std::string encode_rows(const std::vector<text::CsvRecord>& rows);
std::string encode_refusal(Refusal refusal, const std::string& code, const std::string& message);
// Throws files::FileLimitError (file.too_complex) when the bytes are no reply.
ReaderReply decode_reply(std::string_view bytes);

}  // namespace pcmt::app::files
