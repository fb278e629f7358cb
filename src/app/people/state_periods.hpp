#pragma once
// The state periods of people recorded before migration 0008 kept them (person_state_periods):
// filled in once by replaying each person's stored events, as `pcmt migrate` does after the schema.
#include <cstdint>
#include <vector>

#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct PeriodBackfill {
  int64_t people = 0;                 // people given their periods
  std::vector<int64_t> not_replayed;  // people whose events the current rules refuse: left without periods
};

// Runs only while no period is stored and some event is (a database from before the migration);
// otherwise does nothing, so every later call is free. One transaction: all or nothing.
PeriodBackfill backfill_state_periods(store::Connection& db, calendar::Date today);

}  // namespace pcmt::app::people
