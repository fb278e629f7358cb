#include "store/sql.hpp"

namespace pcmt::store {

std::string values_placeholders(size_t rows, size_t cols, size_t first) {
  std::string out;
  size_t n = first;
  for (size_t r = 0; r < rows; ++r) {
    out += r ? ",(" : "(";
    for (size_t c = 0; c < cols; ++c) out += (c ? ",$" : "$") + std::to_string(n++);
    out += ")";
  }
  return out;
}

std::string like_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace pcmt::store
