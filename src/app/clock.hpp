#pragma once
#include <chrono>
#include <cstdint>
#include <string>

namespace pcmt::app {

inline int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}
inline int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}
// "2026-11-24T10:00:00Z" (seconds) or with milliseconds when ms is true.
std::string iso_utc(int64_t value, bool ms = false);
// Epoch ms of 00:00 Vietnam time (UTC+7) on an ISO date; throws an invalid Error on a malformed date.
int64_t vn_day_start_ms(const std::string& iso_date, const std::string& field);

}  // namespace pcmt::app
