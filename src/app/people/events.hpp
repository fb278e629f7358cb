#pragma once
// Recording a lifecycle event for a person. The core engine decides whether the
// law allows it in the person's current state: a refusal is 409 (people.transition_refused) or 422
// (a rule's own code), with the engine's Vietnamese reason, and nothing is stored. An accepted
// event is stored with who recorded it and why, and the derived state, episodes and deadlines are
// rewritten in the same transaction, with the audit row.
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/people/lifecycle_store.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct EventInput {
  std::string type, date;
  boost::json::object fields;           // the type's fields (docs/people-events.md)
  std::optional<int64_t> facility_id;   // where a placement event puts the person
  std::string reason;                   // why (optional; kept with the event)
};

// The person's timeline after a change, as the record page shows it: the lifecycle, the recorded
// events and the facility the person is in, so the page need not read (and audit) the record again.
struct AfterChange {
  Derived derived;
  std::vector<StoredEvent> events;
  std::optional<std::string> facility_name;
};

struct EventOutcome : AfterChange {
  int64_t event_id = 0;
};

EventOutcome record_event(store::Connection& db, const Actor& actor, int64_t person_id, const EventInput& in,
                          calendar::Date today);

// Withdraws a wrongly recorded event (reason required); the lifecycle is recomputed without it.
// 409 people.withdraw_refused when the remaining events do not replay.
AfterChange withdraw_event(store::Connection& db, const Actor& actor, int64_t person_id, int64_t event_id,
                           const std::string& reason, calendar::Date today);

// The app::Error for an engine refusal: a conflict for a transition the law does not allow, invalid
// for a malformed event, refused for a rule that refuses it.
[[noreturn]] void throw_refusal(const ::pcmt::people::LifecycleError& e);

}  // namespace pcmt::app::people
