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

// The derived tables and their columns in DerivedRows' order (person_id, then idx, first).
struct DerivedTable {
  const char* name;
  std::vector<std::string> columns;
  std::vector<store::Params> DerivedRows::*rows;
};
const std::vector<DerivedTable>& derived_tables();

// Replaces the person's derived rows and state (inside the caller's transaction).
void store_derived(store::Connection& db, int64_t person_id, const std::string& province, const std::string& commune,
                   const Derived& d);

// Loads the person's events and facts, derives with `book` and stores the result. Throws
// people::LifecycleError when the events no longer replay (e.g. after a rule value changed).
Derived rederive(store::Connection& db, int64_t person_id, const rules::RuleBook& book, calendar::Date today);

// Many people replayed from their stored events with one read of their rows and one of their events
// per chunk of ids (a rule value recomputes hundreds of thousands of people).
struct Replayed {
  int64_t person_id = 0;
  std::string province, commune;
  Derived derived;
};
struct ReplayBatch {
  std::vector<Replayed> people;  // those the engine replays, by id
  std::vector<int64_t> refused;  // those whose events it now refuses
};
// `ids` ascending, at most a few thousand (one bound parameter each); people without events replay
// to the empty lifecycle.
ReplayBatch replay_people(store::Connection& db, const std::vector<int64_t>& ids, const rules::RuleBook& book,
                          calendar::Date today);

// rederive() for each of `ids` (ascending), inside the caller's transaction, in chunks, writing only
// what differs from the stored rows (write_differences); the refused people keep their stored rows.
struct Rederived {
  std::vector<int64_t> changed;  // people whose stored rows or state were rewritten
  std::vector<int64_t> refused;  // people whose events the engine now refuses
};
Rederived rederive_people(store::Connection& db, const std::vector<int64_t>& ids, const rules::RuleBook& book,
                          calendar::Date today);
// The chunk size both use.
constexpr size_t kReplayChunk = 2'000;

// The stored form of a deadline status: pending and overdue are both "open" (overdue is judged
// against the day it is read).
std::string_view stored_status(::pcmt::people::DeadlineStatus s);

}  // namespace pcmt::app::people
