#pragma once
// A small synthetic people registry for the demo province: people at every stage the
// registry follows — just detected, under management (one past its end), addicted and due to
// register, and people taken over in voluntary rehab, substitution treatment, compulsory rehab and
// post-rehab — with dates counted back from today, so the worklist has work due this week and
// overdue. Names and numbers are made up; every event says it is demo data.
#include <string>
#include <vector>

#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

// Deterministic for a province and a day. Written through the use cases (validated, derived and
// audited like any user's records). `communes`: where the people live, the first one the most.
void seed_demo_people(store::Connection& db, const std::string& province, const std::vector<std::string>& communes,
                      calendar::Date today);

}  // namespace pcmt::app::people
