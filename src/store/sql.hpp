#pragma once
// Small builders for SQL text shared by both engines.
#include <string>

namespace pcmt::store {

// "($1,$2),($3,$4)" for rows × cols placeholders starting at $first.
std::string values_placeholders(size_t rows, size_t cols, size_t first = 1);

// Escapes % and _ for LIKE ... ESCAPE '\'.
std::string like_escape(const std::string& s);

}  // namespace pcmt::store
