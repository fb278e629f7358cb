#include "core/calendar/astronomy.hpp"

#include <cmath>
#include <numbers>

namespace pcmt::calendar::astro {
namespace {

constexpr double kDeg = std::numbers::pi / 180.0;
constexpr int64_t kJdnOf1970 = 2440588;        // JDN of 1970-01-01

double sin_deg(double degrees) { return std::sin(degrees * kDeg); }

// Instant (JD, UT) of the true new moon of lunation k.
double new_moon_instant(int64_t k_int) {
  const double k = static_cast<double>(k_int);
  const double t = k / 1236.85;  // Julian centuries from 1900.0
  const double t2 = t * t, t3 = t2 * t;
  const double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 +
                      0.00033 * sin_deg(166.56 + 132.87 * t - 0.009173 * t2);
  const double sun_anomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const double moon_anomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const double latitude_arg = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  const double m = sun_anomaly, mp = moon_anomaly, f = latitude_arg;
  const double correction = (0.1734 - 0.000393 * t) * sin_deg(m) + 0.0021 * sin_deg(2 * m) -
                            0.4068 * sin_deg(mp) + 0.0161 * sin_deg(2 * mp) - 0.0004 * sin_deg(3 * mp) +
                            0.0104 * sin_deg(2 * f) - 0.0051 * sin_deg(m + mp) - 0.0074 * sin_deg(m - mp) +
                            0.0004 * sin_deg(2 * f + m) - 0.0004 * sin_deg(2 * f - m) -
                            0.0006 * sin_deg(2 * f + mp) + 0.0010 * sin_deg(2 * f - mp) +
                            0.0005 * sin_deg(m + 2 * mp);
  // ΔT (dynamical minus universal time), in days, by the same source's polynomial fits.
  const double delta_t = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                                 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - delta_t;
}

// Sun's true ecliptic longitude in degrees [0, 360) at instant `jd` (UT).
double sun_longitude(double jd) {
  const double t = (jd - 2451545.0) / 36525.0;  // Julian centuries from J2000.0
  const double t2 = t * t;
  const double mean_anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const double mean_longitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin_deg(mean_anomaly) +
                        (0.019993 - 0.000101 * t) * sin_deg(2 * mean_anomaly) + 0.000290 * sin_deg(3 * mean_anomaly);
  const double l = std::fmod(mean_longitude + centre, 360.0);
  return l < 0 ? l + 360.0 : l;
}

}  // namespace

int64_t julian_day_number(Date d) { return kJdnOf1970 + d.serial(); }

Date from_julian_day_number(int64_t jdn) { return Date::from_serial(static_cast<int32_t>(jdn - kJdnOf1970)); }

int64_t new_moon_day(int64_t k, double utc_offset_hours) {
  return static_cast<int64_t>(std::floor(new_moon_instant(k) + 0.5 + utc_offset_hours / 24.0));
}

int sun_longitude_sector(int64_t jdn, double utc_offset_hours) {
  const double local_midnight_ut = static_cast<double>(jdn) - 0.5 - utc_offset_hours / 24.0;
  return static_cast<int>(sun_longitude(local_midnight_ut) / 30.0);
}

}  // namespace pcmt::calendar::astro
