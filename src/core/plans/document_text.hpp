#pragma once
// The paragraphs of an uploaded plan, from its bytes: .txt/.md (UTF-8, or UTF-16 with a byte
// order mark), .docx (word/document.xml: paragraphs in order, Word's automatic numbering
// rendered, tables row by row) or a PDF with a text layer. The format is told by the bytes, not
// by the name. Throws PlanError: plan.unsupported_format (legacy .doc, RTF, a zip that is not a
// Word document), plan.unreadable (empty, damaged, binary, scanned PDF); files::FileLimitError
// (file.too_large, file.too_complex) for a .docx that expands or nests beyond what a document does,
// or a document of more than 5,000 paragraphs.
#include <string>
#include <string_view>
#include <vector>

namespace pcmt::plans {

std::vector<std::string> document_paragraphs(std::string_view bytes);

// The raw paragraphs of each format, before clean_paragraphs. Exposed for tests.
std::vector<std::string> docx_paragraphs(std::string_view bytes);
std::string pdf_text(std::string_view bytes);

}  // namespace pcmt::plans
