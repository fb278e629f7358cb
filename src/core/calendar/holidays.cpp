#include "core/calendar/holidays.hpp"

#include <algorithm>
#include <set>

#include "core/calendar/lunar.hpp"

namespace pcmt::calendar {
namespace {

bool earlier(const Holiday& a, const Holiday& b) { return a.date < b.date; }

constexpr int kTetDaysAfterNewYear = 4;  // Art. 112.1.b: 5 days = last day of the old year + days 1–4

std::vector<Date> modelled_tet_days(int year) {
  const Date first = lunar_new_year(year);
  std::vector<Date> days;
  for (int i = -1; i < kTetDaysAfterNewYear; ++i) days.push_back(first.add_days(i));
  return days;
}

Date modelled_extra_national_day(int year) {
  const Date before(year, 9, 1), after(year, 9, 3);
  if (before.is_weekend()) return after;
  if (after.is_weekend()) return before;
  if (after.weekday() == Weekday::friday) return after;  // bridges to the weekend
  return before;
}

std::vector<Holiday> holidays_with(int year, const std::vector<Date>& tet, const std::vector<Date>& national) {
  std::vector<Holiday> out = {
      {Date(year, 1, 1), HolidayKind::new_year},
      {Date(year, 4, 30), HolidayKind::victory_day},
      {Date(year, 5, 1), HolidayKind::labour_day},
      {*from_lunar(LunarDate{year, 3, 10, false}), HolidayKind::hung_kings},
  };
  for (Date d : tet) out.push_back({d, HolidayKind::lunar_new_year});
  for (Date d : national) out.push_back({d, HolidayKind::national_day});
  std::sort(out.begin(), out.end(), earlier);
  return out;
}

struct HolidayText {
  std::string_view name, source;
};

// In the order of the enum.
constexpr HolidayText kHolidayText[] = {
    {"Tết Dương lịch", "Bộ luật Lao động 2019 Điều 112.1.a"},
    {"Tết Âm lịch", "Bộ luật Lao động 2019 Điều 112.1.b, 112.3"},
    {"Ngày Chiến thắng", "Bộ luật Lao động 2019 Điều 112.1.c"},
    {"Ngày Quốc tế lao động", "Bộ luật Lao động 2019 Điều 112.1.d"},
    {"Quốc khánh", "Bộ luật Lao động 2019 Điều 112.1.đ, 112.3"},
    {"Giỗ Tổ Hùng Vương", "Bộ luật Lao động 2019 Điều 112.1.e"},
    {"Nghỉ bù", "Bộ luật Lao động 2019 Điều 111.3"},
};

}  // namespace

std::string_view holiday_name_vi(HolidayKind kind) { return kHolidayText[static_cast<size_t>(kind)].name; }

std::string_view holiday_source(HolidayKind kind) { return kHolidayText[static_cast<size_t>(kind)].source; }

std::vector<Holiday> statutory_holidays(int year) {
  const Date n2(year, 9, 2);
  return holidays_with(year, modelled_tet_days(year), {n2, modelled_extra_national_day(year)});
}

std::vector<Holiday> substitute_days(const std::vector<Holiday>& holidays) {
  std::set<Date> taken;
  for (const auto& h : holidays) taken.insert(h.date);
  std::vector<Holiday> out;
  for (const auto& h : holidays) {
    if (!h.date.is_weekend()) continue;
    Date d = h.date.add_days(1);
    while (d.is_weekend() || taken.count(d)) d = d.add_days(1);
    taken.insert(d);
    out.push_back({d, HolidayKind::substitute});
  }
  std::sort(out.begin(), out.end(), earlier);
  return out;
}

const HolidayCalendar& HolidayCalendar::standard() {
  static const HolidayCalendar calendar;
  return calendar;
}

void HolidayCalendar::set_decided_days(int year, std::vector<Date> tet_days, std::vector<Date> national_days) {
  std::lock_guard lock(mutex_);
  decided_[year] = Decided{std::move(tet_days), std::move(national_days)};
  cache_.erase(year);
}

std::vector<Holiday> HolidayCalendar::days_off(int year) const {
  std::vector<Holiday> holidays;
  {
    std::lock_guard lock(mutex_);
    auto it = decided_.find(year);
    holidays = it == decided_.end() ? statutory_holidays(year)
                                    : holidays_with(year, it->second.tet, it->second.national);
  }
  auto subs = substitute_days(holidays);
  holidays.insert(holidays.end(), subs.begin(), subs.end());
  std::stable_sort(holidays.begin(), holidays.end(), earlier);
  return holidays;
}

const std::vector<int32_t>& HolidayCalendar::year_days_off(int year) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = cache_.find(year); it != cache_.end()) return it->second;
  }
  std::vector<int32_t> serials;
  for (const auto& h : days_off(year)) serials.push_back(h.date.serial());
  std::sort(serials.begin(), serials.end());
  std::lock_guard lock(mutex_);
  return cache_.emplace(year, std::move(serials)).first->second;  // keeps the first if raced
}

bool HolidayCalendar::is_holiday(Date d) const {
  const auto& days = year_days_off(d.year());
  return std::binary_search(days.begin(), days.end(), d.serial());
}

Date HolidayCalendar::add_working_days(Date from, int n) const {
  Date d = from;
  for (int counted = 0; counted < n;) {
    d = d.add_days(1);
    if (is_working_day(d)) ++counted;
  }
  return d;
}

Date HolidayCalendar::next_working_day_on_or_after(Date d) const {
  while (!is_working_day(d)) d = d.add_days(1);
  return d;
}

int HolidayCalendar::working_days_between(Date from, Date to) const {
  int n = 0;
  for (Date d = from.add_days(1); d <= to; d = d.add_days(1))
    if (is_working_day(d)) ++n;
  return n;
}

}  // namespace pcmt::calendar
