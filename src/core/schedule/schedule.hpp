#pragma once
// From a task's deadline to the report instances the agencies owe: one for a one-off deadline,
// one per period for a recurring or continuous task, none (with an explicit state) for a task
// whose date depends on an event or was never given.
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/schedule/due.hpp"

namespace pcmt::schedule {

enum class DueState {
  scheduled,           // at least one instance
  awaiting_condition,  // "sau khi Thủ tướng ban hành...": no date until the event is recorded
  no_deadline,         // the plan gives no deadline: no date until someone sets one
  beyond_horizon,      // a series with no period left before the last tracked year ends
};
std::string_view to_string(DueState s);

// The plan-wide facts a schedule depends on.
struct PlanClock {
  calendar::Date plan_date;  // the plan's date; a relative deadline counts from it
  Recurrence cycle;          // the plan's reporting cycle, for continuous tasks
  int horizon_year = 0;      // the last year whose periods are tracked
};

struct Instance {
  std::string period_key;  // "once" for a one-off deadline, else the period's key ("2026-H1")
  std::string label;       // "6 tháng đầu năm 2026", "Quý IV/2025", "Hạn 30/7/2025"
  calendar::Date due_date;
};

struct Schedule {
  DueState state = DueState::scheduled;
  std::vector<Instance> instances;
};

inline constexpr std::string_view kOnceKey = "once";

// The due object must pass check(); a one-off kind without its date yields no instance.
Schedule schedule_for(const Due& due, const PlanClock& plan);

// The series a recurrence produces after plan_date, through the end of horizon_year.
std::vector<Instance> series(const Recurrence& r, calendar::Date plan_date, int horizon_year);

}  // namespace pcmt::schedule
