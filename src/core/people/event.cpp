#include "core/people/event.hpp"

#include <algorithm>

#include "core/people/event_types.hpp"

namespace pcmt::people {
namespace json = boost::json;

namespace {

[[noreturn]] void field_error(size_t index, std::string_view type, std::string_view field, std::string_view why) {
  throw LifecycleError("people.event_field_invalid",
                       "Sự kiện thứ " + std::to_string(index + 1) + " (" + std::string(type) + "): trường \"" +
                           std::string(field) + "\" " + std::string(why),
                       index);
}

bool is_choice(const FieldSpec& f, const json::value& v) {
  return v.is_string() && std::find(f.choices.begin(), f.choices.end(), std::string_view(v.as_string())) != f.choices.end();
}

std::string choices_text(const FieldSpec& f) {
  std::string out;
  for (auto c : f.choices) out += (out.empty() ? "" : ", ") + std::string(c);
  return out;
}

void validate_field(const FieldSpec& f, const json::value& v, size_t index, std::string_view type) {
  switch (f.kind) {
    case FieldKind::boolean:
      if (!v.is_bool()) field_error(index, type, f.name, "phải là true hoặc false");
      return;
    case FieldKind::integer:
      if (!v.is_int64() || v.as_int64() < 0 || v.as_int64() > 100000) field_error(index, type, f.name, "phải là số nguyên không âm");
      return;
    case FieldKind::text:
      if (!v.is_string()) field_error(index, type, f.name, "phải là chuỗi");
      return;
    case FieldKind::choice:
      if (!is_choice(f, v)) field_error(index, type, f.name, "phải là một trong: " + choices_text(f));
      return;
    case FieldKind::integer_list:
      if (!v.is_array() || !std::all_of(v.as_array().begin(), v.as_array().end(), [](const json::value& x) { return x.is_int64(); }))
        field_error(index, type, f.name, "phải là danh sách số nguyên");
      return;
    case FieldKind::choice_list:
      if (!v.is_array() || !std::all_of(v.as_array().begin(), v.as_array().end(), [&](const json::value& x) { return is_choice(f, x); }))
        field_error(index, type, f.name, "phải là danh sách gồm: " + choices_text(f));
      return;
    case FieldKind::date:
      if (!v.is_string() || !calendar::Date::parse(v.as_string()))
        field_error(index, type, f.name, "phải là ngày có thật, dạng YYYY-MM-DD");
      return;
  }
}

}  // namespace

std::optional<std::string_view> Event::text(std::string_view key) const {
  const auto* v = fields.if_contains(key);
  if (!v || !v->is_string()) return std::nullopt;
  return std::string_view(v->as_string());
}

std::optional<bool> Event::boolean(std::string_view key) const {
  const auto* v = fields.if_contains(key);
  if (!v || !v->is_bool()) return std::nullopt;
  return v->as_bool();
}

std::optional<int> Event::integer(std::string_view key) const {
  const auto* v = fields.if_contains(key);
  if (!v || !v->is_int64()) return std::nullopt;
  return static_cast<int>(v->as_int64());
}

std::optional<calendar::Date> Event::day(std::string_view key) const {
  const auto* v = fields.if_contains(key);
  if (!v || !v->is_string()) return std::nullopt;
  return calendar::Date::parse(v->as_string());
}

std::vector<int> Event::integers(std::string_view key) const {
  std::vector<int> out;
  if (const auto* v = fields.if_contains(key); v && v->is_array())
    for (const auto& x : v->as_array())
      if (x.is_int64()) out.push_back(static_cast<int>(x.as_int64()));
  return out;
}

std::vector<std::string> Event::texts(std::string_view key) const {
  std::vector<std::string> out;
  if (const auto* v = fields.if_contains(key); v && v->is_array())
    for (const auto& x : v->as_array())
      if (x.is_string()) out.emplace_back(x.as_string());
  return out;
}

Event parse_event(const json::object& o, size_t index) {
  const auto* type = o.if_contains("type");
  if (!type || !type->is_string())
    throw LifecycleError("people.event_type_unknown", "Sự kiện thứ " + std::to_string(index + 1) + " thiếu trường \"type\"", index);
  const std::string_view type_name = type->as_string();
  const EventTypeSpec* spec = find_event_type(type_name);
  if (!spec)
    throw LifecycleError("people.event_type_unknown",
                         "Sự kiện thứ " + std::to_string(index + 1) + ": loại sự kiện \"" + std::string(type_name) +
                             "\" không được hỗ trợ (xem docs/people-events.md)",
                         index);
  const auto* date = o.if_contains("date");
  std::optional<calendar::Date> parsed;
  if (date && date->is_string()) parsed = calendar::Date::parse(date->as_string());
  if (!parsed)
    throw LifecycleError("people.event_date_invalid",
                         "Sự kiện thứ " + std::to_string(index + 1) + " (" + std::string(type_name) +
                             "): ngày phải có dạng YYYY-MM-DD và là ngày có thật",
                         index);
  for (const auto& f : spec->fields) {
    const auto* v = o.if_contains(f.name);
    if (!v) {
      if (f.required) field_error(index, type_name, f.name, "là bắt buộc");
      continue;
    }
    validate_field(f, *v, index, type_name);
  }
  return Event{index, std::string(type_name), *parsed, o};
}

std::vector<Event> parse_events(std::string_view text) {
  json::error_code ec;
  const json::value v = json::parse(text, ec);
  if (ec || !v.is_array())
    throw LifecycleError("people.events_invalid", "Danh sách sự kiện phải là một mảng JSON: [{\"type\": ..., \"date\": ...}, ...]");
  std::vector<Event> events;
  const auto& items = v.as_array();
  for (size_t i = 0; i < items.size(); ++i) {
    if (!items[i].is_object())
      throw LifecycleError("people.events_invalid", "Sự kiện thứ " + std::to_string(i + 1) + " phải là một đối tượng JSON", i);
    events.push_back(parse_event(items[i].as_object(), i));
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.date < b.date; });
  return events;
}

}  // namespace pcmt::people
