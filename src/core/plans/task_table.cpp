#include "core/plans/task_table.hpp"

#include <cctype>

#include "core/text/normalize.hpp"
#include "core/text/words.hpp"

namespace pcmt::plans {
namespace {

bool has(const std::string& folded, std::string_view part) { return folded.find(part) != std::string::npos; }

bool all_of(const std::string& s, const char* chars) {
  return !s.empty() && s.find_first_not_of(chars) == std::string::npos;
}

// The row number as a marker the outline understands.
std::string marker_for(std::string number) {
  while (!number.empty() && (number.back() == '.' || number.back() == ')')) number.pop_back();
  if (number.empty()) return "- ";
  if (all_of(number, "0123456789")) return "(" + number + ") ";
  if (all_of(number, "0123456789.")) return number + ". ";
  if (all_of(number, "IVXL")) return "Mục " + number + ". ";
  if (number.size() == 1 && std::islower(static_cast<unsigned char>(number[0]))) return "(" + number + ") ";
  if (number == "đ") return "đ) ";
  return "- ";
}

std::string sentence(const std::string& label, std::string value) {
  value = std::string(text::trim(value));
  if (value.empty()) return {};
  while (!value.empty() && (value.back() == '.' || value.back() == ';')) value.pop_back();
  return " " + label + ": " + value + ".";
}

}  // namespace

std::optional<TaskTable> TaskTable::from_header(const std::vector<std::string>& cells) {
  if (cells.size() < 3) return std::nullopt;
  TaskTable t;
  t.width_ = static_cast<int>(cells.size());
  for (int i = 0; i < t.width_; ++i) {
    const std::string f = text::fold(cells[static_cast<size_t>(i)]);
    if (f == "stt" || f == "tt" || has(f, "so tt") || has(f, "so thu tu")) t.number_ = i;
    else if (has(f, "chu tri") && t.lead_ < 0) t.lead_ = i;
    else if (has(f, "phoi hop") && t.partners_ < 0) t.partners_ = i;
    else if ((has(f, "thoi gian") || has(f, "thoi han") || has(f, "tien do") || has(f, "hoan thanh")) && t.due_ < 0) t.due_ = i;
    else if ((has(f, "noi dung") || has(f, "nhiem vu") || has(f, "hoat dong") || has(f, "giai phap")) && t.content_ < 0)
      t.content_ = i;
  }
  if (t.content_ < 0 || t.lead_ < 0) return std::nullopt;
  return t;
}

std::string TaskTable::paragraph(const std::vector<std::string>& cells) const {
  const auto cell = [&](int i) { return i >= 0 && i < static_cast<int>(cells.size()) ? cells[static_cast<size_t>(i)] : std::string(); };
  std::vector<std::string> filled;
  for (const auto& c : cells)
    if (!c.empty()) filled.push_back(c);
  if (filled.empty()) return {};
  // A merged row ("II | CÔNG TÁC TUYÊN TRUYỀN", or a title over the whole width): a heading.
  const bool merged = static_cast<int>(cells.size()) < width_ - 1 || (cell(lead_).empty() && filled.size() <= 2);
  if (merged) {
    const bool numbered = number_ == 0 && filled.size() > 1 && cells.size() > 1 && cells[0] == filled[0];
    std::string title;
    for (size_t i = numbered ? 1 : 0; i < filled.size(); ++i) title += (title.empty() ? "" : " ") + filled[i];
    return marker_for(numbered ? filled[0] : "") + title;
  }
  std::string p = marker_for(cell(number_)) + cell(content_);
  if (!p.empty() && p.back() != '.' && p.back() != ';') p += '.';
  p += sentence("Cơ quan chủ trì", cell(lead_));
  p += sentence("Cơ quan phối hợp", cell(partners_));
  p += sentence("Thời gian hoàn thành", cell(due_));
  return p;
}

}  // namespace pcmt::plans
