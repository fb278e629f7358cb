#include "app/job_kinds.hpp"

#include "app/notify/reminders.hpp"
#include "app/people/import_job.hpp"
#include "app/people/linkage_job.hpp"
#include "app/people/rule_book.hpp"
#include "app/people/rule_recompute.hpp"

namespace pcmt::app {

jobs::Runners job_runners() {
  return {{std::string(people::kImportJob), people::run_people_import},
          {std::string(people::kRecomputeJob), people::run_rule_recompute},
          {std::string(notify::kReminderJob), notify::run_reminder_job},
          {std::string(people::kLinkageJob), people::run_residence_linkage}};
}

}  // namespace pcmt::app
