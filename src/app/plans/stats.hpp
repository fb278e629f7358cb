#pragma once
// Tracking figures for the standing office, per plan and for the whole province,
// as of a date. Only instances an agency must file (lead and co-operating) count:
//   assessable  its deadline passed, or it was filed
//   on_time     first filed on or before its due date;   late: first filed after it
//   missing     deadline passed and never filed
//   overdue     deadline passed and not filed, or returned and not filed again
//   on_time_rate   on_time / assessable
// Tasks: done / in progress / overdue (see task_status.hpp); a task is due once a deadline of
// its has passed or it is done; overdue_share = overdue tasks / due tasks (the Government
// Office's "1.38% of due tasks overdue").
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "core/calendar/date.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

struct InstanceTally {
  int64_t required = 0, assessable = 0, on_time = 0, late = 0, missing = 0, overdue = 0, awaiting_review = 0,
          accepted = 0;
  std::optional<double> on_time_rate() const;
  void add(const InstanceTally& o);
};

struct AgencyStats {
  int64_t agency_id = 0;
  std::string name;
  int64_t tasks_lead = 0, tasks_cooperating = 0, tasks_requested = 0, tasks_overdue = 0;
  InstanceTally instances;
  std::optional<int> rank;  // 1 = best; none when nothing of it is assessable yet
};

struct TaskTally {
  int64_t total = 0, done = 0, in_progress = 0, overdue = 0, awaiting_date = 0, due = 0;
  std::optional<double> overdue_share() const;
};

struct TrackingStats {
  std::string as_of;
  int64_t plans = 0;
  TaskTally tasks;
  InstanceTally instances;
  std::vector<AgencyStats> agencies;  // ranked
  std::vector<int64_t> commend, criticise;
};

// Plan overseers only (403); 404 out of scope.
TrackingStats plan_stats(store::Connection& db, const Actor& actor, int64_t plan_id, calendar::Date as_of);
// Every plan of the actor's province (an admin may name another). Province-level roles only.
TrackingStats province_stats(store::Connection& db, const Actor& actor, const std::string& province,
                             calendar::Date as_of);

}  // namespace pcmt::app::plans
