#pragma once
// How many legal deadlines of people are overdue, due soon, or undated, in one scope: what the
// commune worklist heads its list with, and what the inbox and the reminder mails count. Read from
// the materialised person_deadlines; counts only, so no person is read and nothing is audited.
#include <string>

#include "app/actor.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct DeadlineCounts {
  int64_t overdue = 0;  // open, due before today
  int64_t due = 0;      // open, due from today to `due_by`
  int64_t undated = 0;  // open deadlines whose length is unknown in the pack in force
};

// The deadlines a worklist covers, as a clause over `person_deadlines d JOIN people p`: `commune`
// for one commune (a commune user's own is the default), otherwise the actor's province (`province`
// for an admin); always within what the actor may see of people.
std::string deadline_scope(const Actor& actor, const std::string& commune, const std::string& province,
                           store::Params& params);

DeadlineCounts count_deadlines(store::Connection& db, const std::string& scope, const store::Params& params,
                               calendar::Date today, calendar::Date due_by);

}  // namespace pcmt::app::people
