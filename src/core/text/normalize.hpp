#pragma once
// Vietnamese text normalisation.
// Stored text is NFC. Searching uses a key: lower-case, no diacritics, đ→d, single spaces,
// so "nguyen van an" finds "Nguyễn Văn An". ICU's Latin-ASCII and SQLite's remove_diacritics
// both keep đ, and SQL lower() is ASCII-only, so the key is computed here for both engines.
#include <string>
#include <string_view>

namespace pcmt::text {

// NFC form of UTF-8 input; invalid UTF-8 is replaced by U+FFFD.
std::string to_nfc(std::string_view utf8);

// Search key: NFD, combining marks removed, đ/Đ → d, lower-case, whitespace collapsed, trimmed.
std::string search_key(std::string_view utf8);

// True when the input is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

// Appends one code point as UTF-8 (nothing for an invalid code point).
void append_utf8(std::string& out, int32_t code_point);

// Trim ASCII whitespace at both ends.
std::string_view trim(std::string_view s);

}  // namespace pcmt::text
