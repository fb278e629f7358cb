// Instants and the Vietnamese day they fall on: Vietnam keeps UTC+7 all year, so a day there runs
// from 17:00 UTC the day before.
#include "core/calendar/instant.hpp"

#include <gtest/gtest.h>

using pcmt::calendar::Date;
namespace cal = pcmt::calendar;

TEST(CalendarInstant, TheVietnameseDayStartsAtSeventeenUtc) {
  const int64_t midnight_vn = 1'764'608'400;  // 2025-12-01T17:00:00Z = 2025-12-02 00:00 in Hà Nội
  EXPECT_EQ(cal::vn_date_of(midnight_vn - 1).iso(), "2025-12-01");
  EXPECT_EQ(cal::vn_date_of(midnight_vn).iso(), "2025-12-02");
  EXPECT_EQ(cal::vn_day_start_ms(Date(2025, 12, 2)), midnight_vn * 1000);
  EXPECT_EQ(cal::vn_date_of(-7 * 3600).iso(), "1970-01-01");
  EXPECT_EQ(cal::vn_date_of(-7 * 3600 - 1).iso(), "1969-12-31");
}

TEST(CalendarInstant, WritesIsoUtcInSecondsOrMilliseconds) {
  EXPECT_EQ(cal::iso_utc(1'764'608'400), "2025-12-01T17:00:00Z");
  EXPECT_EQ(cal::iso_utc(1'764'608'400'123, true), "2025-12-01T17:00:00.123Z");
  EXPECT_EQ(cal::iso_utc(0), "1970-01-01T00:00:00Z");
}
