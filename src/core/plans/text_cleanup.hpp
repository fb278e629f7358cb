#pragma once
// Plain text of a plan, whatever produced it, turned into clean paragraphs (one per entry).
// Word-to-text conversions leave noise: markdown emphasis ("**", "\_", "1\."), HTML tags and
// entities, non-breaking and zero-width spaces, soft hyphens, table pipes, page numbers, and
// paragraphs broken across pages. All of it is removed here, so the parser sees only prose.
#include <string>
#include <string_view>
#include <vector>

namespace pcmt::plans {

// How lines relate to paragraphs: in text and Word files a line is a paragraph; in a PDF a
// paragraph is wrapped over lines.
enum class Lines { are_paragraphs, wrap_paragraphs };

// Lines of UTF-8 text → paragraphs: NFC, noise removed, blank lines dropped, a line that
// continues the previous one (it starts in lower case, or the previous ends with a comma) joined.
std::vector<std::string> clean_paragraphs(std::string_view text, Lines lines = Lines::are_paragraphs);

// One line without markup and with single spaces; "" when the line is only noise (a page number).
std::string clean_line(std::string_view line);

// Table cells: "a | b |" → {"a", "b"}; a line without pipes comes back as one cell.
std::vector<std::string> split_table_row(std::string_view line);

// Joins paragraphs a page break or a hard wrap split: the next one starts in lower case or the
// previous one ends with a comma; a list marker never continues a paragraph. With wrapped lines,
// any line continues one that does not end a sentence, except capitalised headings and the
// opening words of a preamble ("Căn cứ", "Thực hiện").
std::vector<std::string> join_continuations(std::vector<std::string> paragraphs, Lines lines = Lines::are_paragraphs);

}  // namespace pcmt::plans
