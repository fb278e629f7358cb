#pragma once
// A plan document (Kế hoạch, Nghị quyết, Chương trình, Quyết định) as the parser reads it:
// header, quantified targets and the tasks it assigns. Serialised by plan_to_json in the shape
// of the `pcmt plan parse` contract (docs/plan-parser.md).
#include <optional>
#include <string>
#include <vector>

namespace pcmt::plans {

struct DocumentHeader {
  std::string number;  // "594/KH-UBND"; "" when the document has none
  std::string date;    // ISO "2025-07-21"; "" when not written in full
  std::string issuer;  // "Ủy ban nhân dân tỉnh Nghệ An"
  std::string kind;    // ke_hoach | nghi_quyet | chuong_trinh | quyet_dinh | other
  std::string title;
  std::string place;   // "Nghệ An" (from "Nghệ An, ngày 21 tháng 7 năm 2025"); not serialised
  // The issuing province in force (issuing_province.hpp): "75", "Đồng Nai"; "" when the header names none.
  std::string province_code, province_name;
  std::optional<int> year;  // year of the date line even when day and month are blank
};

struct Target {
  std::string text;
  double value = 0;
  std::string unit;  // "%", "mô hình", "xã"
  std::optional<int> year;
};

enum class DueKind { date, month, quarter, year, relative, recurring, continuous, conditional, none };
enum class Every { none, year, half_year, quarter, month };

const char* to_string(DueKind kind);
const char* to_string(Every every);

// When a task is due: one date, a series of dates, or an explicit "no date" state.
struct Due {
  DueKind kind = DueKind::none;
  std::string date;         // ISO; for month/quarter/year the last day of the period
  Every every = Every::none;
  std::optional<int> day;   // recurring "trước ngày 15 tháng 12 hằng năm": day 15, month 12
  std::optional<int> month;
  std::optional<int> days;  // relative: "trong thời hạn 10 ngày"
  std::string text;         // the words of the document that say it
};

struct Task {
  std::string ref;  // section path: "II.5.a", "III.1.c.2" (the 2nd "-" item)
  // Titles of the sections above the task, outermost first: {"II. NHIỆM VỤ, GIẢI PHÁP",
  // "1. Công tác tuyên truyền"}; empty for a plan without numbered sections.
  std::vector<std::string> section;
  std::string text;
  std::vector<std::string> lead;         // canonical catalogue names, or unknown names as written
  std::vector<std::string> cooperating;
  std::vector<std::string> requested;    // addressed with "Đề nghị": asked, not subordinate
  Due due;
};

struct ParsedPlan {
  DocumentHeader document;
  std::vector<Target> targets;
  std::vector<Task> tasks;
  // Agency-looking names in the tasks that the catalogue lacks: proposals for new entries.
  std::vector<std::string> unknown_agencies;
};

}  // namespace pcmt::plans
