#pragma once
// The commune worklist: the deadlines of people in a commune that are overdue or
// due by the end of this week (Monday–Sunday), read from the materialised person_deadlines by
// (commune, status, due date). Deadlines whose length the rule pack does not know yet are counted
// apart ("chưa có quy định"), never given a guessed date. Audited as a read of a person list.
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct WorkItem {
  int64_t person_id = 0;
  std::string personal_id, full_name, commune_code;
  std::string kind, label, from, due, source, pack;
  bool confirmed = true;
  bool overdue = false;
};

struct Worklist {
  std::string week_start, week_end, today;
  std::vector<WorkItem> items;  // overdue first, then by due date
  int64_t overdue = 0, due_this_week = 0;
  int64_t undated = 0;          // open deadlines whose length is unknown in the pack in force
};

// `commune` for one commune (a commune user's own is the default); otherwise the actor's province
// (`province` for an admin). Items are limited to `limit` (the counts are not).
Worklist worklist(store::Connection& db, const Actor& actor, const std::string& commune, const std::string& province,
                  calendar::Date today, int limit = 500);

}  // namespace pcmt::app::people
