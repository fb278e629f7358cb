#include "core/schedule/period.hpp"

#include <algorithm>
#include <cstdio>

namespace pcmt::schedule {
namespace {

int months_per_period(Every e) {
  switch (e) {
    case Every::year: return 12;
    case Every::half_year: return 6;
    case Every::quarter: return 3;
    case Every::month: return 1;
  }
  return 12;
}

int periods_per_year(Every e) { return 12 / months_per_period(e); }

}  // namespace

Period Period::containing(calendar::Date d, Every every) {
  return {every, d.year(), (d.month() - 1) / months_per_period(every) + 1};
}

Period Period::next() const {
  if (index < periods_per_year(every)) return {every, year, index + 1};
  return {every, year + 1, 1};
}

int Period::last_month() const { return index * months_per_period(every); }

calendar::Date Period::first_day() const { return calendar::Date(year, (index - 1) * months_per_period(every) + 1, 1); }

calendar::Date Period::last_day() const { return calendar::Date(year, last_month(), 1).last_day_of_month(); }

std::string Period::key() const {
  char buf[16];
  switch (every) {
    case Every::year: std::snprintf(buf, sizeof buf, "%d", year); break;
    case Every::half_year: std::snprintf(buf, sizeof buf, "%d-H%d", year, index); break;
    case Every::quarter: std::snprintf(buf, sizeof buf, "%d-Q%d", year, index); break;
    case Every::month: std::snprintf(buf, sizeof buf, "%d-%02d", year, index); break;
  }
  return buf;
}

std::string Period::label() const {
  const std::string y = std::to_string(year);
  switch (every) {
    case Every::year: return "Năm " + y;
    case Every::half_year: return (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + y;
    case Every::quarter: return "Quý " + roman_quarter(index) + "/" + y;
    case Every::month: return "Tháng " + std::to_string(index) + "/" + y;
  }
  return y;
}

calendar::Date Period::due_date(const Recurrence& r) const {
  // Only a yearly series names its month; shorter ones fall in the period's last month.
  const int month = every == Every::year ? r.month.value_or(kDefaultYearlyDueMonth) : last_month();
  const int day = std::min(r.day.value_or(kDefaultDueDay), calendar::days_in_month(year, month));
  return calendar::Date(year, month, day);
}

std::string roman_quarter(int q) {
  static const char* kRoman[] = {"I", "II", "III", "IV"};
  return q >= 1 && q <= 4 ? kRoman[q - 1] : std::to_string(q);
}

std::string vn_date(calendar::Date d) {
  return std::to_string(d.day()) + "/" + std::to_string(d.month()) + "/" + std::to_string(d.year());
}

std::string quarter_label(calendar::Date d) {
  return Period::containing(d, Every::quarter).label();
}

std::string month_label(calendar::Date d) { return Period::containing(d, Every::month).label(); }

}  // namespace pcmt::schedule
