#pragma once
// Reporting periods (năm, 6 tháng, quý, tháng) with their Vietnamese labels and stable keys.
#include <string>

#include "core/calendar/date.hpp"
#include "core/schedule/due.hpp"

namespace pcmt::schedule {

// Defaults for a recurring report whose plan states no day. Nghị định 09/2019/NĐ-CP (chế độ báo
// cáo của cơ quan hành chính nhà nước), Art. 12, closes the figures of a periodic report on the
// 14th of the period's last month (the 14th of December for a yearly report); the report is then
// due the next day, the "trước ngày 15/6 và 15/12" that provincial plans commonly ask for.
constexpr int kFiguresCloseDay = 14;
constexpr int kDefaultDueDay = kFiguresCloseDay + 1;
// A yearly series without a stated month is due in the year's last month, for the same reason.
constexpr int kDefaultYearlyDueMonth = 12;

struct Period {
  Every every = Every::year;
  int year = 0;
  int index = 1;  // 1..2 half-years, 1..4 quarters, 1..12 months, 1 for a year

  static Period containing(calendar::Date d, Every every);
  Period next() const;
  calendar::Date first_day() const;
  calendar::Date last_day() const;
  int last_month() const;
  // "2026", "2026-H1", "2025-Q4", "2025-11": stable across relabelling.
  std::string key() const;
  // "Năm 2026", "6 tháng đầu năm 2026", "Quý IV/2025", "Tháng 11/2025".
  std::string label() const;
  // The day a report for this period is due under a recurrence (day clamped to the month's end).
  calendar::Date due_date(const Recurrence& r) const;
};

std::string roman_quarter(int q);                 // 1..4 → "I".."IV"
std::string vn_date(calendar::Date d);            // "30/7/2025", as Vietnamese documents write it
std::string quarter_label(calendar::Date d);      // "Quý IV/2025"
std::string month_label(calendar::Date d);        // "Tháng 11/2025"

}  // namespace pcmt::schedule
