#pragma once
// When a task is due, read from its words with the grammar in deadline_grammar.hpp.
#include <optional>
#include <string_view>

#include "core/agencies/agency_catalogue.hpp"
#include "core/calendar/date.hpp"
#include "core/plans/plan.hpp"

namespace pcmt::plans {

struct DeadlineContext {
  std::optional<calendar::Date> issued;  // the plan's date: earlier dates are citations, not deadlines
  std::optional<int> year;               // the plan's year, for "Quý IV", "trước ngày 30/7"
};

struct FoundDue {
  Due due;
  int priority = 0;
};

// The strongest deadline `text` states, or nullopt when it states none. Words inside agency
// names are not read ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên").
std::optional<FoundDue> find_deadline(std::string_view text, const DeadlineContext& context,
                                      const agencies::AgencyCatalogue* catalogue = nullptr);

}  // namespace pcmt::plans
