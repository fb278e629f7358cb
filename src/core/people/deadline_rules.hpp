#pragma once
// The table of computed deadlines: what each one is, which rule-pack params give its length, and
// which events fulfil it. The engine opens a deadline from an event's date; the length and the
// article come from the pack in force on the start date of the episode it belongs to.
#include <string_view>
#include <vector>

namespace pcmt::people {

struct DeadlineRule {
  std::string_view kind;      // stable code, e.g. "user_management.decision"
  std::string_view label_vi;
  // Params whose lengths add up (all in the same unit). Empty: the due date comes from the
  // facts (a court term, a planned duration), named by `basis` instead.
  std::vector<std::string_view> params;
  std::vector<std::string_view> closed_by;  // event types that fulfil it
  bool before = false;    // counted backwards from its anchor (a notice due N days before an end)
  bool periodic = false;  // one per period: fulfilled by a closing event inside [from, due]
  std::string_view basis = {};  // for param-less deadlines: where the due date comes from
};

const std::vector<DeadlineRule>& deadline_rules();
// Throws std::out_of_range for an unknown kind.
const DeadlineRule& deadline_rule(std::string_view kind);

}  // namespace pcmt::people
