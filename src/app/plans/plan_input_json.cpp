#include "app/plans/plan_input_json.hpp"

#include "app/base64.hpp"
#include "app/error.hpp"

namespace pcmt::app::plans {
namespace json = boost::json;
namespace {

Error invalid(const std::string& field, const std::string& expected) {
  return bad_request("request.invalid", "Trường " + field + " phải là " + expected, field);
}

std::string at(const std::string& field, size_t i) { return field + "[" + std::to_string(i) + "]"; }
std::string dot(const std::string& field, const char* key) { return field.empty() ? key : field + "." + key; }

const json::value* member(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && !v->is_null() ? v : nullptr;
}

std::string str(const json::object& o, const char* key, const std::string& field) {
  const auto* v = member(o, key);
  if (!v) return {};
  if (!v->is_string()) throw invalid(dot(field, key), "chuỗi ký tự");
  return std::string(v->as_string());
}

std::optional<int64_t> integer(const json::object& o, const char* key, const std::string& field) {
  const auto* v = member(o, key);
  if (!v) return std::nullopt;
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64() && v->as_uint64() <= static_cast<uint64_t>(INT64_MAX)) return static_cast<int64_t>(v->as_uint64());
  if (v->is_double() && v->as_double() == static_cast<double>(static_cast<int64_t>(v->as_double())))
    return static_cast<int64_t>(v->as_double());
  throw invalid(dot(field, key), "số nguyên");
}

std::optional<int> small_int(const json::object& o, const char* key, const std::string& field) {
  auto v = integer(o, key, field);
  if (!v) return std::nullopt;
  if (*v < -1'000'000 || *v > 1'000'000) throw invalid(dot(field, key), "số nguyên nhỏ");
  return static_cast<int>(*v);
}

const json::object& object_at(const json::value& v, const std::string& field) {
  if (!v.is_object()) throw invalid(field, "một đối tượng JSON");
  return v.as_object();
}

const json::array* array(const json::object& o, const char* key, const std::string& field) {
  const auto* v = member(o, key);
  if (!v) return nullptr;
  if (!v->is_array()) throw invalid(dot(field, key), "một mảng");
  return &v->as_array();
}

std::vector<std::string> strings(const json::object& o, const char* key, const std::string& field) {
  std::vector<std::string> out;
  const auto* a = array(o, key, field);
  if (!a) return out;
  for (size_t i = 0; i < a->size(); ++i) {
    if (!(*a)[i].is_string()) throw invalid(at(dot(field, key), i), "chuỗi ký tự");
    out.emplace_back((*a)[i].as_string());
  }
  return out;
}

std::vector<AgencyRef> agency_refs(const json::object& o, const char* key, const std::string& field) {
  std::vector<AgencyRef> out;
  const auto* a = array(o, key, field);
  if (!a) return out;
  for (size_t i = 0; i < a->size(); ++i) {
    const std::string f = at(dot(field, key), i);
    const auto& v = (*a)[i];
    if (v.is_string()) out.push_back({std::nullopt, std::string(v.as_string()), f});
    else if (v.is_int64()) out.push_back({v.as_int64(), "", f});
    else if (v.is_object()) {
      const auto& obj = v.as_object();
      auto id = integer(obj, "id", f);
      const std::string name = str(obj, "name", f);
      if (!id && name.empty()) throw invalid(f, "tên hoặc mã số cơ quan");
      out.push_back({id, name, f});
    } else {
      throw invalid(f, "tên hoặc mã số cơ quan");
    }
  }
  return out;
}

schedule::Recurrence recurrence_from(const json::object& o, const std::string& field) {
  schedule::Recurrence r;
  const std::string every = str(o, "every", field);
  if (!every.empty()) {
    auto e = schedule::parse_every(every);
    if (!e) throw bad_request("plan.reporting_invalid", "Chu kỳ báo cáo phải là year, half_year, quarter hoặc month",
                              dot(field, "every"));
    r.every = *e;
  }
  r.day = small_int(o, "day", field);
  r.month = small_int(o, "month", field);
  return r;
}

}  // namespace

TaskInput task_from(const json::object& t, const std::string& f) {
  TaskInput task;
  task.field = f;
  task.ref = str(t, "ref", f);
  task.section = strings(t, "section", f);
  task.text = str(t, "text", f);
  task.lead = agency_refs(t, "lead", f);
  task.cooperating = agency_refs(t, "cooperating", f);
  task.requested = agency_refs(t, "requested", f);
  if (const auto* due = member(t, "due")) task.due = due_from_json(*due, dot(f, "due"));
  return task;
}

schedule::Due due_from_json(const json::value& v, const std::string& field) {
  const auto& o = object_at(v, field);
  schedule::Due d;
  const std::string kind = str(o, "kind", field);
  auto k = schedule::parse_due_kind(kind);
  if (!k) throw bad_request("plan.due_invalid", "Loại thời hạn không hợp lệ", dot(field, "kind"));
  d.kind = *k;
  const std::string date = str(o, "date", field);
  if (!date.empty()) {
    d.date = calendar::Date::parse(date);
    if (!d.date) throw bad_request("plan.due_invalid", "Ngày của thời hạn không hợp lệ (YYYY-MM-DD)", dot(field, "date"));
  }
  const std::string every = str(o, "every", field);
  if (!every.empty()) {
    d.every = schedule::parse_every(every);
    if (!d.every) throw bad_request("plan.due_invalid", "Chu kỳ phải là year, half_year, quarter hoặc month", dot(field, "every"));
  }
  d.day = small_int(o, "day", field);
  d.month = small_int(o, "month", field);
  d.days = small_int(o, "days", field);
  d.text = str(o, "text", field);
  return d;
}

PlanInput plan_input_from_json(const json::object& body) {
  PlanInput in;
  const auto* doc = member(body, "document");
  if (!doc) throw bad_request("request.missing_field", "Thiếu thông tin văn bản (document)", "document");
  const auto& d = object_at(*doc, "document");
  in.number = str(d, "number", "document");
  in.date = str(d, "date", "document");
  in.issuer = str(d, "issuer", "document");
  in.kind = str(d, "kind", "document");
  in.title = str(d, "title", "document");
  in.province_code = str(d, "province_code", "document");
  if (const auto* confirm = member(body, "confirm_other_province")) {
    if (!confirm->is_bool()) throw invalid("confirm_other_province", "true hoặc false");
    in.confirm_other_province = confirm->as_bool();
  }
  if (const auto* targets = array(body, "targets", ""))
    for (size_t i = 0; i < targets->size(); ++i) {
      const std::string f = at("targets", i);
      const auto& t = object_at((*targets)[i], f);
      TargetInput target{str(t, "text", f), std::nullopt, str(t, "unit", f), small_int(t, "year", f)};
      if (const auto* v = member(t, "value")) {
        if (!v->is_number()) throw invalid(dot(f, "value"), "một số");
        target.value = v->to_number<double>();
      }
      in.targets.push_back(std::move(target));
    }
  if (const auto* tasks = array(body, "tasks", ""))
    for (size_t i = 0; i < tasks->size(); ++i) {
      const std::string f = at("tasks", i);
      in.tasks.push_back(task_from(object_at((*tasks)[i], f), f));
    }
  in.source_name = str(body, "source_name", "");
  in.source_text = str(body, "source_text", "");
  in.parent_plan_id = integer(body, "parent_plan_id", "");
  if (const auto* owner = member(body, "owner")) {
    if (!owner->is_string()) throw invalid("owner", "chuỗi agency:ID hoặc commune:MÃ");
    in.owner = std::string(owner->as_string());
  }
  if (const auto* r = member(body, "reporting")) in.reporting = recurrence_from(object_at(*r, "reporting"), "reporting");
  in.horizon_year = small_int(body, "horizon_year", "");
  if (const auto* fresh = array(body, "new_agencies", ""))
    for (size_t i = 0; i < fresh->size(); ++i) {
      const std::string f = at("new_agencies", i);
      const auto& a = object_at((*fresh)[i], f);
      in.new_agencies.push_back({str(a, "name", f), str(a, "kind", f)});
    }
  return in;
}

TaskPatch task_patch_from_json(const json::object& body) {
  TaskPatch p;
  if (member(body, "ref")) p.ref = str(body, "ref", "");
  if (member(body, "text")) p.text = str(body, "text", "");
  if (body.contains("section")) p.section = strings(body, "section", "");
  if (const auto* due = member(body, "due")) p.due = due_from_json(*due, "due");
  if (body.contains("lead")) p.lead = agency_refs(body, "lead", "");
  if (body.contains("cooperating")) p.cooperating = agency_refs(body, "cooperating", "");
  if (body.contains("requested")) p.requested = agency_refs(body, "requested", "");
  return p;
}

PlanPatch plan_patch_from_json(const json::object& body) {
  PlanPatch p;
  if (body.contains("parent_plan_id")) {
    p.set_parent = true;
    p.parent_plan_id = integer(body, "parent_plan_id", "");
  }
  p.horizon_year = small_int(body, "horizon_year", "");
  if (const auto* r = member(body, "reporting")) p.reporting = recurrence_from(object_at(*r, "reporting"), "reporting");
  return p;
}

ReportInput report_input_from_json(const json::object& body) {
  ReportInput in;
  in.progress = str(body, "progress", "");
  in.narrative = str(body, "narrative", "");
  if (const auto* results = array(body, "results", ""))
    for (size_t i = 0; i < results->size(); ++i) {
      const std::string f = at("results", i);
      const auto& r = object_at((*results)[i], f);
      ResultItem item;
      item.indicator = str(r, "indicator", f);
      item.unit = str(r, "unit", f);
      if (const auto* v = member(r, "value")) {
        if (v->is_number()) {
          item.value = json::serialize(*v);
          item.numeric = true;
        } else if (v->is_string()) {
          item.value = std::string(v->as_string());
        } else {
          throw invalid(dot(f, "value"), "một số hoặc chuỗi ký tự");
        }
      }
      in.results.push_back(std::move(item));
    }
  if (const auto* files = array(body, "files", ""))
    for (size_t i = 0; i < files->size(); ++i) {
      const std::string f = at("files", i);
      const auto& file = object_at((*files)[i], f);
      auto bytes = from_base64(str(file, "content_base64", f));
      if (!bytes) throw bad_request("report.file_invalid", "Nội dung tệp phải mã hóa base64", dot(f, "content_base64"));
      in.files.push_back({str(file, "name", f), str(file, "content_type", f), std::move(*bytes)});
    }
  return in;
}

}  // namespace pcmt::app::plans
