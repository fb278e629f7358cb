#pragma once
// A civil (proleptic Gregorian) date without time or zone. Legal dates in pcmt are dates in
// Vietnam time (UTC+7), so a day is the unit: decisions, tests and deadlines carry no clock time.
// Month and year arithmetic clamps to the end of the month (31/1 + 1 month = 28 or 29/2), which is
// how Civil Code 2015 Art. 148.3–148.4 ends a period "on the corresponding day" when the last
// month has no such day.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pcmt::calendar {

enum class Weekday { monday, tuesday, wednesday, thursday, friday, saturday, sunday };

class Date {
 public:
  Date() = default;  // 1970-01-01
  // Throws std::invalid_argument on an impossible date (2025-02-30).
  Date(int year, int month, int day);

  // Strict ISO "YYYY-MM-DD"; std::nullopt on anything else, including impossible dates.
  static std::optional<Date> parse(std::string_view iso);
  static Date from_serial(int32_t days_since_1970) { return Date(days_since_1970); }

  int year() const;
  int month() const;  // 1..12
  int day() const;    // 1..31
  Weekday weekday() const;
  bool is_weekend() const;  // Saturday or Sunday
  std::string iso() const;  // "YYYY-MM-DD"
  int32_t serial() const { return days_; }  // days since 1970-01-01

  Date add_days(int n) const { return Date(days_ + n); }
  Date add_months(int n) const;  // end-of-month clamping
  Date add_years(int n) const { return add_months(12 * n); }
  int days_until(Date later) const { return later.days_ - days_; }
  Date last_day_of_month() const;

  auto operator<=>(const Date&) const = default;

 private:
  explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Whole years from `birth` to `on` (the birthday counts on its day; 29/2 birthdays count on 28/2
// in common years, by the same end-of-month clamping).
int age_in_years(Date birth, Date on);

}  // namespace pcmt::calendar
