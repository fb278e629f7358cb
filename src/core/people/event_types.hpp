#pragma once
// The table of lifecycle event types: what each records, its fields, and the states the law
// allows it from. The engine refuses an event in any other state (people.transition_refused).
#include <string_view>
#include <vector>

#include "core/people/state.hpp"

namespace pcmt::people {

enum class FieldKind { boolean, integer, text, choice, integer_list, choice_list, date };

struct FieldSpec {
  std::string_view name;
  FieldKind kind;
  bool required = false;
  std::vector<std::string_view> choices = {};  // for choice / choice_list
};

struct EventTypeSpec {
  std::string_view type;
  std::string_view label_vi;
  std::string_view source;   // the article that provides for it
  std::vector<State> from;   // states the event is allowed in
  std::vector<FieldSpec> fields = {};
};

const std::vector<EventTypeSpec>& event_types();
const EventTypeSpec* find_event_type(std::string_view type);
bool allowed_from(const EventTypeSpec& spec, State s);

}  // namespace pcmt::people
