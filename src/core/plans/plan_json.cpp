#include "core/plans/plan_json.hpp"

#include <boost/json.hpp>

#include <cmath>

namespace pcmt::plans {
namespace json = boost::json;

const char* to_string(DueKind kind) {
  switch (kind) {
    case DueKind::date: return "date";
    case DueKind::month: return "month";
    case DueKind::quarter: return "quarter";
    case DueKind::year: return "year";
    case DueKind::relative: return "relative";
    case DueKind::recurring: return "recurring";
    case DueKind::continuous: return "continuous";
    case DueKind::conditional: return "conditional";
    case DueKind::none: return "none";
  }
  return "none";
}

const char* to_string(Every every) {
  switch (every) {
    case Every::year: return "year";
    case Every::half_year: return "half_year";
    case Every::quarter: return "quarter";
    case Every::month: return "month";
    case Every::none: return "";
  }
  return "";
}

namespace {

void put_if(json::object& o, const char* key, const std::string& v) {
  if (!v.empty()) o[key] = v;
}

json::array names(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

json::object due_json(const Due& d) {
  json::object o;
  o["kind"] = to_string(d.kind);
  put_if(o, "date", d.date);
  if (d.every != Every::none) o["every"] = to_string(d.every);
  if (d.day) o["day"] = *d.day;
  if (d.month) o["month"] = *d.month;
  if (d.days) o["days"] = *d.days;
  put_if(o, "text", d.text);
  return o;
}

void pretty(std::string& out, const json::value& v, int indent, int depth) {
  const std::string pad(static_cast<size_t>(indent * (depth + 1)), ' ');
  const std::string close_pad(static_cast<size_t>(indent * depth), ' ');
  if (v.is_object() && !v.get_object().empty()) {
    out += "{\n";
    bool first = true;
    for (const auto& [k, val] : v.get_object()) {
      if (!first) out += ",\n";
      first = false;
      out += pad + json::serialize(json::string(k)) + ": ";
      pretty(out, val, indent, depth + 1);
    }
    out += "\n" + close_pad + "}";
  } else if (v.is_array() && !v.get_array().empty()) {
    out += "[\n";
    bool first = true;
    for (const auto& val : v.get_array()) {
      if (!first) out += ",\n";
      first = false;
      out += pad;
      pretty(out, val, indent, depth + 1);
    }
    out += "\n" + close_pad + "]";
  } else {
    out += json::serialize(v);
  }
}

}  // namespace

json::value plan_to_json_value(const ParsedPlan& plan) {
  json::object doc;
  put_if(doc, "number", plan.document.number);
  put_if(doc, "date", plan.document.date);
  put_if(doc, "issuer", plan.document.issuer);
  doc["kind"] = plan.document.kind.empty() ? "other" : plan.document.kind;
  put_if(doc, "title", plan.document.title);
  put_if(doc, "province_code", plan.document.province_code);
  put_if(doc, "province_name", plan.document.province_name);

  json::array targets;
  for (const auto& t : plan.targets) {
    json::object o;
    o["text"] = t.text;
    if (t.value == std::floor(t.value)) o["value"] = static_cast<int64_t>(t.value);
    else o["value"] = t.value;
    o["unit"] = t.unit;
    if (t.year) o["year"] = *t.year;
    targets.push_back(std::move(o));
  }

  json::array tasks;
  for (const auto& t : plan.tasks) {
    json::object o;
    o["ref"] = t.ref;
    if (!t.section.empty()) o["section"] = names(t.section);
    o["text"] = t.text;
    o["lead"] = names(t.lead);
    o["cooperating"] = names(t.cooperating);
    o["requested"] = names(t.requested);
    o["due"] = due_json(t.due);
    tasks.push_back(std::move(o));
  }

  json::object root;
  root["document"] = std::move(doc);
  root["targets"] = std::move(targets);
  root["tasks"] = std::move(tasks);
  if (!plan.unknown_agencies.empty()) root["unknown_agencies"] = names(plan.unknown_agencies);
  return root;
}

std::string plan_to_json(const ParsedPlan& plan, int indent) {
  const json::value v = plan_to_json_value(plan);
  if (indent <= 0) return json::serialize(v);
  std::string out;
  pretty(out, v, indent, 0);
  return out;
}

}  // namespace pcmt::plans
