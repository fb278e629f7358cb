#pragma once
// Vietnamese labels of the lifecycle events' fields and of their choices (docs/people-events.md),
// served with the event types by GET /people/reference so that every client — the web UI, a report
// generator — says the same words.
#include <string_view>

namespace pcmt::people {

// The field's label ("" when it has none).
std::string_view field_label_vi(std::string_view field);

// The label of `choice` in `field` ("" when it has none). A label keyed by "field.choice" wins over
// one keyed by the choice alone, where one word means two things ("other" sample vs substance).
// The addiction criteria (field "criteria") are keyed by their number: "1" … "6".
std::string_view choice_label_vi(std::string_view field, std::string_view choice);

}  // namespace pcmt::people
