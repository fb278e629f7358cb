#include "app/people/vn_today.hpp"

#include <chrono>

namespace pcmt::app::people {

calendar::Date vn_today() {
  using namespace std::chrono;
  const auto days_since_epoch = floor<days>(system_clock::now() + hours{7}).time_since_epoch().count();
  return calendar::Date::from_serial(static_cast<int32_t>(days_since_epoch));
}

}  // namespace pcmt::app::people
