#pragma once
// Deleting a task of a saved plan, with the reason, audited (the audit row keeps what the task
// said and who did it). Its assignments and report instances go with it in one transaction.
//
// A task for which an agency already filed a report is refused (409 task.has_reports): filed
// reports are the province's record of work done and are never deleted with a task; such a task
// is corrected (PATCH /tasks/{id}) instead. The plan's last task is refused too (409
// task.last_task): a plan has at least one task, as when it is saved.
#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

constexpr size_t kMaxReasonBytes = 2000;

struct DeletedTask {
  int64_t id = 0, plan_id = 0;
  int64_t instances_removed = 0;
};

// Plan managers only (403). 400 task.reason_required without a reason.
DeletedTask delete_task(store::Connection& db, const Actor& actor, int64_t task_id, const std::string& reason);

}  // namespace pcmt::app::plans
