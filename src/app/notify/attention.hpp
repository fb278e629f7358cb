#pragma once
// What needs a user's attention now, as counts: the one source of what the inbox bell shows and
// what the reminder mails say. Computed when read, from the same queries as the lists they point to
// (the inbox, the commune worklist, the drug-free assessments, the agency's tasks), so they are never
// stale and agree with those lists.
//   reports       an agency's due-soon and overdue reports and unread review notices; for everyone
//                 else the overdue reports and the reports awaiting review in their reach
//   deadlines     legal deadlines of people in the user's view: overdue, and due by the end of the week
//   drug_free     assessments waiting for the user's step: a leader's decision (reviewed), the
//                 standing office's review (proposed)
//   assignments   tasks given to the user's agency in the last kNewAssignmentDays days
#include <boost/json.hpp>

#include <cstdint>
#include <string>

#include "app/actor.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::notify {

constexpr int kNewAssignmentDays = 7;

struct Attention {
  std::string as_of;
  int64_t reports_due_soon = 0, reports_overdue = 0, reports_to_review = 0, notices_unread = 0;
  int64_t deadlines_overdue = 0, deadlines_due_this_week = 0;
  int64_t drug_free_waiting = 0;
  int64_t new_assignments = 0;

  int64_t total() const;
  // Whether any count is higher than in `before`: something new to tell.
  bool rose_since(const Attention& before) const;
};

// `now` is the instant "the last days" of new assignments count back from.
Attention attention(store::Connection& db, const Actor& actor, calendar::Date as_of, int64_t now);

boost::json::object to_json(const Attention& a);
Attention attention_of(const boost::json::object& o);  // the counts of to_json (as_of left empty)

}  // namespace pcmt::app::notify
