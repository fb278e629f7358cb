#pragma once
// A person's lifecycle as stored: the recorded events, and what the engine (src/core/people)
// derives from them — current state, the states over time, episodes, deadlines, and the facility
// whose care the person is in — written to person_state_periods / person_episodes /
// person_deadlines / people.state so that worklists and statistics are indexed reads. The derivation is redone from all the events on every change.
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/people/lifecycle.hpp"
#include "core/rules/rule_pack.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct StoredEvent {
  int64_t id = 0;
  std::string type, date;
  boost::json::object body;  // {"type", "date", ...fields}: the engine's input
  std::optional<int64_t> facility_id;
  std::optional<std::string> reason;
  std::optional<int64_t> recorded_by;
  std::string recorded_by_name;
  int64_t recorded_at = 0;
};

// In the order the engine replays them: by date, then as recorded.
std::vector<StoredEvent> load_events(store::Connection& db, int64_t person_id);
// The events of the people with ids in [first_id, last_id], by person in replay order.
std::vector<std::pair<int64_t, StoredEvent>> load_events_of_range(store::Connection& db, int64_t first_id,
                                                                  int64_t last_id);

struct Derived {
  ::pcmt::people::LifecycleReport report;
  std::optional<int64_t> facility_id;
};

// Replays `events` (already in replay order). Throws people::LifecycleError, whose event_index is
// the position in `events`, when the engine refuses one.
Derived derive(const std::vector<StoredEvent>& events, const rules::RuleBook& book,
               std::optional<calendar::Date> birth_date, calendar::Date today);

// Materialised rows, ready for bulk insertion (state periods, episodes, deadlines): the one mapping
// of a report to rows, used by every writer (events, withdrawal, merge, rule values, import).
struct DerivedRows {
  std::vector<store::Params> periods, episodes, deadlines;
  void add(int64_t person_id, const std::string& province, const std::string& commune, const Derived& d);
  // The state periods alone (filling in the periods of people recorded before they were kept).
  void add_periods(int64_t person_id, const std::string& province, const std::string& commune,
                   const ::pcmt::people::LifecycleReport& r);
  void insert(store::Connection& db);  // consumes the rows
};

// Replaces the person's derived rows and state (inside the caller's transaction).
void store_derived(store::Connection& db, int64_t person_id, const std::string& province, const std::string& commune,
                   const Derived& d);

// Loads the person's events and facts, derives with `book` and stores the result. Throws
// people::LifecycleError when the events no longer replay (e.g. after a rule value changed).
Derived rederive(store::Connection& db, int64_t person_id, const rules::RuleBook& book, calendar::Date today);

// The stored form of a deadline status: pending and overdue are both "open" (overdue is judged
// against the day it is read).
std::string_view stored_status(::pcmt::people::DeadlineStatus s);

}  // namespace pcmt::app::people
