// The state history of a lifecycle: the periods the areas classification counts managed users
// from for a past evaluation year (QĐ 28/2025 window 15/12 … 14/12).
#include "people_test_support.hpp"

using namespace people_test;

namespace {
std::string periods(const LifecycleReport& r) {
  std::string out;
  for (const auto& p : r.state_history)
    out += std::string(state_code(p.state)) + " " + p.from.iso() + ".." + (p.to ? p.to->iso() : "") + "; ";
  return out;
}
}  // namespace

TEST(PeopleStateHistory, EachStateChangeClosesThePreviousPeriod) {
  const auto r = run(R"([
      {"type": "positive_test", "date": "2024-03-01"},
      {"type": "user_management_decision", "date": "2024-03-10"},
      {"type": "user_management_end", "date": "2025-03-10"}])",
                     "2025-06-01");
  EXPECT_EQ(periods(r),
            "detected 2024-03-01..2024-03-10; under_management 2024-03-10..2025-03-10; ended 2025-03-10..; ");
}

TEST(PeopleStateHistory, EventsThatKeepTheStateAddNoPeriod) {
  const auto r = run(R"([
      {"type": "user_management_decision", "date": "2024-03-10"},
      {"type": "residence_check", "date": "2024-04-02"},
      {"type": "residence_moved", "date": "2024-05-02"}])",
                     "2024-06-01");
  EXPECT_EQ(periods(r), "under_management 2024-03-10..; ");
}

TEST(PeopleStateHistory, SeveralChangesOnOneDayLeaveTheStateAtTheEndOfThatDay) {
  const auto r = run(R"([
      {"type": "addiction_result", "date": "2025-06-16", "result": "addicted"},
      {"type": "registration", "date": "2025-06-20", "form": "home"},
      {"type": "rehab_start", "date": "2025-06-20", "form": "home"}])",
                     "2025-07-01");
  EXPECT_EQ(periods(r), "addicted 2025-06-16..2025-06-20; voluntary_home 2025-06-20..; ");
}

TEST(PeopleStateHistory, ADayThatEndsWhereItBeganMergesBackIntoThePreviousPeriod) {
  // Absconded and brought back the same day: the person never left the facility's books that day.
  const auto r = run(R"([
      {"type": "addiction_result", "date": "2025-06-02", "result": "addicted"},
      {"type": "violation_report", "date": "2025-06-09", "reason": "not_registered"},
      {"type": "compulsory_file_compiled", "date": "2025-06-13"},
      {"type": "compulsory_file_forwarded", "date": "2025-06-19"},
      {"type": "court_decision", "date": "2025-06-25", "decision": "compulsory", "term_months": 6},
      {"type": "compulsory_admission", "date": "2025-06-27"},
      {"type": "compulsory_absconded", "date": "2025-08-01"},
      {"type": "compulsory_returned", "date": "2025-08-01"}])",
                     "2025-09-01");
  EXPECT_EQ(periods(r),
            "addicted 2025-06-02..2025-06-09; compulsory_file 2025-06-09..2025-06-25; "
            "compulsory_decided 2025-06-25..2025-06-27; compulsory_facility 2025-06-27..; ");
}
