#pragma once
// The two astronomical quantities the Vietnamese lunisolar calendar is built from: the day of
// each new moon and the sector (30°) of the sun's ecliptic longitude, both evaluated for a given
// time zone. Vietnam has reckoned its calendar at UTC+7 since 1968 (China uses UTC+8), which is
// why Tết can fall on a different day, or even a different month, from the Chinese New Year.
//
// Formulas: new moon instants after J. Meeus, "Astronomical Formulae for Calculators" (truncated
// periodic terms, accurate to a few minutes, ample for a day-level calendar); the sun's longitude
// after Meeus, "Astronomical Algorithms", ch. 25, low-accuracy method (≈0.01°).
#include <cstdint>

#include "core/calendar/date.hpp"

namespace pcmt::calendar::astro {

// Julian Day Number (the JD at noon of that civil day).
int64_t julian_day_number(Date d);
Date from_julian_day_number(int64_t jdn);

// Civil day (as a JDN, in the given zone) of the k-th mean lunation counted from the new moon
// of 1900-01-01 (k = 0).
int64_t new_moon_day(int64_t k, double utc_offset_hours);

// Sector 0..11 of the sun's true longitude at the local midnight that starts day `jdn`:
// 0 = [0°, 30°) from the March equinox, …, 9 = [270°, 300°) from the winter solstice.
int sun_longitude_sector(int64_t jdn, double utc_offset_hours);

}  // namespace pcmt::calendar::astro
