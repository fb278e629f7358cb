#pragma once
// A lifecycle event as read from JSON: {"type": "...", "date": "YYYY-MM-DD", ...fields}.
// The event types, their fields and the states they are allowed from are in event_types.hpp;
// docs/people-events.md documents them for users.
#include <boost/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/date.hpp"

namespace pcmt::people {

// A refused or malformed event: stable code for programs, Vietnamese message for people.
struct LifecycleError : std::runtime_error {
  LifecycleError(std::string code, std::string message, std::optional<size_t> event_index = std::nullopt,
                 std::string reason = {})
      : std::runtime_error(message), code(std::move(code)), event_index(event_index), reason(std::move(reason)) {}
  std::string code;
  std::optional<size_t> event_index;  // position in the input list
  // The refusal without the event's position, for someone recording one event (the message names
  // the position, for a whole list of events); empty when the message has no position.
  std::string reason;
};

struct Event {
  size_t index = 0;  // position in the input list
  std::string type;
  calendar::Date date;
  boost::json::object fields;  // every member, as given

  std::optional<std::string_view> text(std::string_view key) const;
  std::optional<bool> boolean(std::string_view key) const;
  std::optional<int> integer(std::string_view key) const;
  std::optional<calendar::Date> day(std::string_view key) const;  // a field of kind date
  std::vector<int> integers(std::string_view key) const;
  std::vector<std::string> texts(std::string_view key) const;
};

// Parses and validates a JSON list of events (type known, date valid, fields of the right kind
// and value). The result is in date order; events on the same date keep their input order.
// Throws LifecycleError ("people.events_invalid", "people.event_type_unknown",
// "people.event_date_invalid", "people.event_field_invalid").
std::vector<Event> parse_events(std::string_view json_text);

// Builds one event from a JSON object (the same validation), for callers that hold JSON already.
Event parse_event(const boost::json::object& o, size_t index);

}  // namespace pcmt::people
