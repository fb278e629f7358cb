#pragma once
// Instants (UTC epoch seconds or milliseconds) as the API writes them, and the days they fall on in
// Vietnam. Legal dates are dates in Vietnam (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight saving),
// so the day of an instant is its UTC+7 calendar day.
#include <cstdint>
#include <string>

#include "core/calendar/date.hpp"

namespace pcmt::calendar {

inline constexpr int64_t kVietnamUtcOffsetSeconds = 7 * 3600;

// "2026-11-24T10:00:00Z" from epoch seconds, or "2026-11-24T10:00:00.123Z" from epoch ms when `ms`.
std::string iso_utc(int64_t value, bool ms = false);

// The day in Vietnam that an instant (epoch seconds) falls on.
Date vn_date_of(int64_t epoch_seconds);

// Epoch ms of 00:00 in Vietnam on `day`.
int64_t vn_day_start_ms(Date day);

}  // namespace pcmt::calendar
