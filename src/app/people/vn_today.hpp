#pragma once
// Legal dates are dates in Vietnam (UTC+7): "today" for deadlines and age bands.
#include "core/calendar/date.hpp"

namespace pcmt::app::people {

calendar::Date vn_today();

}  // namespace pcmt::app::people
