#include "app/plans/task_section.hpp"

#include "app/error.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::plans {

std::vector<std::string> clean_section(const std::vector<std::string>& titles, const std::string& field) {
  std::vector<std::string> out;
  for (const auto& raw : titles) {
    std::string title = raw;
    for (char& c : title)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    title = text::to_nfc(text::trim(title));
    if (title.empty()) continue;
    if (title.size() > kMaxSectionTitleBytes)
      throw bad_request("plan.field_too_long", "Tiêu đề mục quá dài", field);
    out.push_back(std::move(title));
  }
  if (out.size() > kMaxSectionTitles) throw bad_request("plan.field_too_long", "Quá nhiều cấp tiêu đề mục", field);
  return out;
}

store::Value section_column(const std::vector<std::string>& cleaned) {
  if (cleaned.empty()) return store::Value();
  std::string joined;
  for (const auto& t : cleaned) joined += (joined.empty() ? "" : "\n") + t;
  return store::Value(joined);
}

std::vector<std::string> section_from_column(const std::optional<std::string>& column) {
  std::vector<std::string> out;
  if (!column) return out;
  size_t start = 0;
  while (start <= column->size()) {
    const size_t end = column->find('\n', start);
    const std::string part = column->substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!part.empty()) out.push_back(part);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

}  // namespace pcmt::app::plans
