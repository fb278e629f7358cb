#pragma once
// The plans module's data as use cases exchange it: a reviewed plan coming in, and the plan,
// task, instance and report views going out.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/schedule/due.hpp"

namespace pcmt::app::plans {

// An agency named in a reviewed plan: a catalogue id, or a name (canonical or alias).
struct AgencyRef {
  std::optional<int64_t> id;
  std::string name;
  std::string field;  // where it came from, for errors: "tasks[3].lead[0]"
};

struct TaskInput {
  std::string ref, text;
  std::vector<std::string> section;  // titles above the task, outermost first (may be empty)
  std::vector<AgencyRef> lead, cooperating, requested;
  schedule::Due due;
  std::string field;  // "tasks[3]"
};

struct TargetInput {
  std::string text;
  std::optional<double> value;
  std::string unit;
  std::optional<int> year;
};

// An agency the user confirmed as new: created in the catalogue when the plan is saved.
struct NewAgencyInput {
  std::string name, kind;
};

struct PlanInput {
  std::string number, date, issuer, kind, title;  // the contract's "document"
  std::string province_code;                      // the parser's issuing province ("" when it named none)
  bool confirm_other_province = false;            // the user confirmed saving another province's plan
  std::vector<TargetInput> targets;
  std::vector<TaskInput> tasks;
  std::string source_name, source_text;
  std::optional<int64_t> parent_plan_id;
  std::optional<std::string> owner;  // "agency:12" or "commune:16681": an implementing plan
  schedule::Recurrence reporting;    // the plan-wide reporting cycle (continuous tasks)
  std::optional<int> horizon_year;   // last tracked year; derived from the plan when absent
  std::vector<NewAgencyInput> new_agencies;
};

struct AgencyName {
  int64_t id = 0;
  std::string name;
};

struct Owner {
  std::string kind;  // "agency" | "commune"
  std::string id, name;
};

struct PlanSummary {
  int64_t id = 0;
  std::string province_code, number, date, issuer, kind, title;
  std::optional<int64_t> parent_plan_id;
  std::optional<Owner> owner;
  schedule::Recurrence reporting;
  int horizon_year = 0;
  int64_t task_count = 0, tasks_done = 0, tasks_overdue = 0;
  int64_t created_at = 0;
  std::optional<std::string> source_name;
};

struct Target {
  std::string text;
  std::optional<double> value;
  std::optional<std::string> unit;
  std::optional<int> year;
};

struct TaskAgency {
  int64_t id = 0;
  std::string name, role;
};

struct InstanceCounts {
  int64_t total = 0, due = 0, submitted = 0, accepted = 0, overdue = 0;
  std::optional<std::string> next_due;  // the earliest open instance's due date
};

struct TaskView {
  int64_t id = 0, plan_id = 0;
  std::string ref, text;
  std::vector<std::string> section;  // empty for tasks saved before titles were kept
  schedule::Due due;
  std::string due_state;  // scheduled | awaiting_condition | no_deadline | beyond_horizon
  std::string status;     // done | in_progress | overdue
  std::optional<std::string> done_on;
  std::vector<TaskAgency> agencies;
  InstanceCounts instances;
};

struct PlanDetail {
  PlanSummary plan;
  std::optional<std::string> source_text;  // only when asked for
  std::optional<PlanSummary> parent;
  std::vector<PlanSummary> children;  // implementing plans linked to this one
  std::vector<Target> targets;
  std::vector<TaskView> tasks;
};

struct InstanceView {
  int64_t id = 0, plan_id = 0, task_id = 0;
  std::string plan_number, task_ref, task_text;
  AgencyName agency;
  bool required = true;
  std::string period_key, period_label, due_date, status;
  bool overdue = false;
  std::optional<std::string> first_submitted_on;
  std::optional<bool> on_time;  // known once submitted
  std::optional<std::string> progress;
  std::optional<int64_t> last_report_id;
};

struct ResultItem {
  std::string indicator;
  std::string value;  // as entered: a number or a short text
  std::string unit;
  bool numeric = false;
};

struct FileMeta {
  int64_t id = 0;
  std::string name, content_type;
  int64_t size = 0;
};

struct ReportView {
  int64_t id = 0, instance_id = 0;
  AgencyName agency;
  std::string progress, narrative;
  std::vector<ResultItem> results;
  std::string submitted_by;
  int64_t submitted_at = 0;
  std::optional<std::string> review, review_comment, reviewed_by;
  std::optional<int64_t> reviewed_at;
  std::vector<FileMeta> files;
};

struct InstanceDetail {
  InstanceView instance;
  std::vector<ReportView> reports;  // newest first
};

}  // namespace pcmt::app::plans
