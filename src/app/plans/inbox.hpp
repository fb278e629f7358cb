#pragma once
// The in-app inbox. Reminders and overdue notices are computed from the
// instances when the inbox is read, so they are never stale and need no scheduler; notices of a
// returned or accepted report are stored when the review happens.
//   an agency:            reminders (due within the province's reminder days), its overdue
//                         reports, and its stored notices
//   the standing office:  reports awaiting review, and every overdue report of the province
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

struct InboxItem {
  std::string kind;  // reminder | overdue | review_needed | report_returned | report_accepted
  std::string title, body;
  std::optional<int64_t> notification_id, instance_id, report_id, plan_id, task_id;
  std::optional<AgencyName> agency;
  std::optional<std::string> due_date;
  std::optional<int> days;  // days left before the due date, or days past it
  std::optional<int64_t> created_at;
  bool read = false;
};

struct Inbox {
  std::string as_of;
  int reminder_days = 0;
  int64_t reminders_total = 0, overdue_total = 0, review_total = 0, unread_total = 0;
  std::vector<InboxItem> reminders, overdue, review_needed, notifications;  // each at most `limit` items
};

Inbox read_inbox(store::Connection& db, const Actor& actor, calendar::Date as_of, int limit);
// Marks one of the agency's notices read; 404 when it is not the actor's.
// Tasks given to the agency since an instant (epoch seconds): its new assignments.
int64_t count_assignments_since(store::Connection& db, int64_t agency_id, int64_t since);

void mark_read(store::Connection& db, const Actor& actor, int64_t notification_id);

}  // namespace pcmt::app::plans
