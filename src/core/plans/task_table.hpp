#pragma once
// Task tables, common in appendices ("Phụ lục: Phân công nhiệm vụ"):
//   | STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
// Each data row becomes one labelled paragraph that the parser reads like prose:
//   "(3) Tổ chức tập huấn ... Cơ quan chủ trì: Sở Y tế. Cơ quan phối hợp: Công an tỉnh.
//    Thời gian hoàn thành: Quý III/2025."
// The row number becomes the paragraph's marker, so the table's numbering gives the references.
#include <optional>
#include <string>
#include <vector>

namespace pcmt::plans {

class TaskTable {
 public:
  // A table whose header names a content column and a lead ("chủ trì") column.
  static std::optional<TaskTable> from_header(const std::vector<std::string>& cells);

  // The paragraph for a data row; a row of only a number and a title is a group heading.
  std::string paragraph(const std::vector<std::string>& cells) const;

 private:
  int width_ = 0;
  int number_ = -1, content_ = -1, lead_ = -1, partners_ = -1, due_ = -1;
};

}  // namespace pcmt::plans
