#include "core/calendar/display.hpp"

#include <cstdio>

namespace pcmt::calendar {

std::string dmy(Date d) {
  char out[16];
  std::snprintf(out, sizeof out, "%02d/%02d/%04d", d.day(), d.month(), d.year());
  return out;
}

}  // namespace pcmt::calendar
