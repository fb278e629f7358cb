#pragma once
// Dates as people read them in pcmt's messages: day first, two digits, whatever the reader's browser.
#include <string>

#include "core/calendar/date.hpp"

namespace pcmt::calendar {

std::string dmy(Date d);  // "08/12/2026"

}  // namespace pcmt::calendar
