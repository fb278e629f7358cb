#pragma once
// Public holidays and working days (ngày làm việc) in Viet Nam.
//
// Labour Code 2019 (Bộ luật Lao động 45/2019/QH14) Art. 112.1 gives 11 paid holidays:
//   a) Tết Dương lịch 1/1; b) Tết Âm lịch, 5 days; c) Ngày Chiến thắng 30/4; d) Quốc tế lao động 1/5;
//   đ) Quốc khánh 2/9 plus one adjacent day before or after; e) Giỗ Tổ Hùng Vương, 10/3 lunar.
// Art. 112.3: the Prime Minister fixes the actual Tết days and the extra National Day each year.
//   Modelled here (statutory model, replaceable per year by the decided days):
//   - Tết: the last day of the lunar year and days 1–4 of month 1;
//   - the extra National Day: the adjacent weekday (1/9 or 3/9); when both are weekdays, the one
//     that bridges to the weekend (1/9 on a Monday, 3/9 on a Friday), otherwise 1/9.
// Art. 111.3: when a holiday falls on the weekly rest day, the worker rests on the next working
//   day instead (nghỉ bù). State agencies rest on Saturday and Sunday (QĐ 188/1999/QĐ-TTg), so a
//   working day is Monday–Friday that is neither a holiday nor a substitute day.
#include <map>
#include <mutex>
#include <string_view>
#include <vector>

#include "core/calendar/date.hpp"

namespace pcmt::calendar {

enum class HolidayKind { new_year, lunar_new_year, victory_day, labour_day, national_day, hung_kings, substitute };

struct Holiday {
  Date date;
  HolidayKind kind;
  bool operator==(const Holiday&) const = default;
};

std::string_view holiday_name_vi(HolidayKind kind);  // "Tết Nguyên đán", "Nghỉ bù", ...
std::string_view holiday_source(HolidayKind kind);   // article of the Labour Code

// The statutory holidays of solar year `year` (Art. 112.1 as modelled above), in date order.
std::vector<Holiday> statutory_holidays(int year);

// Substitute days (Art. 111.3) for the holidays given: each holiday on a Saturday or Sunday gives
// the next day that is a weekday, not a holiday and not already a substitute. In date order.
std::vector<Holiday> substitute_days(const std::vector<Holiday>& holidays);

class HolidayCalendar {
 public:
  // The statutory model, shared and thread-safe.
  static const HolidayCalendar& standard();

  // Replace the modelled Tết days and extra National Day of `year` with the days the Prime
  // Minister decided (Art. 112.3). Substitute days are recomputed from the result.
  void set_decided_days(int year, std::vector<Date> tet_days, std::vector<Date> national_days);

  // Holidays and substitute days of `year`, in date order.
  std::vector<Holiday> days_off(int year) const;

  bool is_holiday(Date d) const;  // a holiday or substitute day (not merely a weekend)
  bool is_working_day(Date d) const { return !d.is_weekend() && !is_holiday(d); }

  // The n-th working day after `from` (n ≥ 0; n = 0 gives `from`). Periods start the day after
  // the event (Civil Code 2015 Art. 147.1), so "within 3 working days of D" ends on add(D, 3).
  Date add_working_days(Date from, int n) const;
  // `d` if it is a working day, else the next one (Civil Code 2015 Art. 148.5).
  Date next_working_day_on_or_after(Date d) const;
  // Working days in (from, to]; 0 when to ≤ from.
  int working_days_between(Date from, Date to) const;

 private:
  struct Decided {
    std::vector<Date> tet, national;
  };
  const std::vector<int32_t>& year_days_off(int year) const;  // sorted serials, cached

  std::map<int, Decided> decided_;
  mutable std::mutex mutex_;
  mutable std::map<int, std::vector<int32_t>> cache_;
};

}  // namespace pcmt::calendar
