#pragma once
// Keeps a task's report instances in line with its schedule and its agencies.
#include <string>
#include <vector>

#include "core/schedule/schedule.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

struct Assignment {
  int64_t agency_id = 0;
  std::string role;  // lead | cooperating | requested
};

struct TaskClock {
  int64_t plan_id = 0, task_id = 0;
  std::string province_code;
};

// Adds the instances the schedule owes that are missing, updates the label, due date and
// obligation of those that stay, and removes pending ones no longer owed. An instance that
// already holds a report is history and is kept whatever the new schedule says.
void sync_instances(store::Connection& db, const TaskClock& task, const std::vector<Assignment>& agencies,
                    const schedule::Schedule& s, int64_t now);

// Inserts the instances of a new task (no existing rows): batched multi-row statements.
struct NewInstance {
  int64_t plan_id, task_id, agency_id;
  std::string province_code;
  bool required;
  std::string period_key, period_label, due_date;
};
void insert_instances(store::Connection& db, const std::vector<NewInstance>& rows, int64_t now);

// The instances a task owes: every agency × every scheduled period. Requested agencies ("Đề nghị")
// get theirs too, marked not required.
std::vector<NewInstance> owed_instances(const TaskClock& task, const std::vector<Assignment>& agencies,
                                        const schedule::Schedule& s);

}  // namespace pcmt::app::plans
