#pragma once
// Helpers shared by the people_* tests: run a list of events through the lifecycle with the
// shipped rule packs and look deadlines up by kind.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/calendar/holidays.hpp"
#include "core/people/lifecycle.hpp"

namespace people_test {

using pcmt::calendar::Date;
using namespace pcmt::people;

inline Date d(const char* iso) { return *Date::parse(iso); }

inline const pcmt::rules::RuleBook& book() {
  static const auto b = pcmt::rules::RuleBook::embedded();
  return b;
}

inline LifecycleReport run(const std::string& events, const char* as_of = "2025-01-01",
                           std::optional<Date> birth = std::nullopt) {
  return compute_lifecycle(events, book(), pcmt::calendar::HolidayCalendar::standard(), PersonFacts{birth}, d(as_of));
}

// The error code of a refused list of events ("" when accepted).
inline std::string refusal(const std::string& events, std::optional<Date> birth = std::nullopt) {
  try {
    run(events, "2025-01-01", birth);
    return "";
  } catch (const LifecycleError& e) {
    return e.code;
  }
}

inline std::vector<Deadline> all(const LifecycleReport& r, const std::string& kind) {
  std::vector<Deadline> out;
  for (const auto& x : r.deadlines)
    if (x.kind == kind) out.push_back(x);
  return out;
}

// The single deadline of `kind` that is not superseded (fails the test otherwise).
inline Deadline one(const LifecycleReport& r, const std::string& kind) {
  std::vector<Deadline> live;
  for (const auto& x : all(r, kind))
    if (x.status != DeadlineStatus::superseded) live.push_back(x);
  EXPECT_EQ(live.size(), 1u) << kind;
  return live.empty() ? Deadline{} : live.front();
}

inline std::string due(const Deadline& x) { return x.due ? x.due->iso() : "(none)"; }

inline bool has_obligation(const LifecycleReport& r, const std::string& code) {
  for (const auto& o : r.obligations)
    if (o.code == code) return true;
  return false;
}

}  // namespace people_test
