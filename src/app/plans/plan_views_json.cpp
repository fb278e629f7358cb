#include "app/plans/plan_views_json.hpp"

#include "core/calendar/instant.hpp"

namespace pcmt::app::plans {
namespace json = boost::json;
namespace {

template <typename T>
json::value opt(const std::optional<T>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::value opt_time(const std::optional<int64_t>& v) { return v ? json::value(calendar::iso_utc(*v)) : json::value(nullptr); }

json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

json::object agency_json(const AgencyName& a) { return {{"id", a.id}, {"name", a.name}}; }

json::value rate(std::optional<double> v) { return v ? json::value(*v) : json::value(nullptr); }

json::object tally_json(const InstanceTally& t) {
  return {{"required", t.required},   {"assessable", t.assessable}, {"on_time", t.on_time},
          {"late", t.late},           {"missing", t.missing},       {"overdue", t.overdue},
          {"awaiting_review", t.awaiting_review}, {"accepted", t.accepted}, {"on_time_rate", rate(t.on_time_rate())}};
}

}  // namespace

json::object due_json(const schedule::Due& d) {
  json::object o{{"kind", std::string(schedule::to_string(d.kind))}};
  if (d.date) o["date"] = d.date->iso();
  if (d.every) o["every"] = std::string(schedule::to_string(*d.every));
  if (d.day) o["day"] = *d.day;
  if (d.month) o["month"] = *d.month;
  if (d.days) o["days"] = *d.days;
  if (!d.text.empty()) o["text"] = d.text;
  return o;
}

json::object to_json(const PlanSummary& p) {
  json::object reporting{{"every", std::string(schedule::to_string(p.reporting.every))},
                         {"day", opt(p.reporting.day)},
                         {"month", opt(p.reporting.month)}};
  json::object o{{"id", p.id},
                 {"province_code", p.province_code},
                 {"document", {{"number", p.number}, {"date", p.date}, {"issuer", p.issuer}, {"kind", p.kind},
                               {"title", p.title}}},
                 {"parent_plan_id", opt(p.parent_plan_id)},
                 {"reporting", std::move(reporting)},
                 {"horizon_year", p.horizon_year},
                 {"task_count", p.task_count},
                 {"tasks_done", p.tasks_done},
                 {"tasks_overdue", p.tasks_overdue},
                 {"source_name", opt(p.source_name)},
                 {"created_at", calendar::iso_utc(p.created_at)}};
  o["owner"] = p.owner ? json::value(json::object{{"kind", p.owner->kind}, {"id", p.owner->id}, {"name", p.owner->name}})
                       : json::value(nullptr);
  return o;
}

json::object to_json(const TaskView& t) {
  json::array agencies;
  for (const auto& a : t.agencies) agencies.push_back(json::object{{"id", a.id}, {"name", a.name}, {"role", a.role}});
  const auto& c = t.instances;
  return {{"id", t.id},
          {"plan_id", t.plan_id},
          {"ref", t.ref},
          {"section", strings(t.section)},
          {"text", t.text},
          {"due", due_json(t.due)},
          {"due_state", t.due_state},
          {"status", t.status},
          {"done_on", opt(t.done_on)},
          {"agencies", std::move(agencies)},
          {"instances", {{"total", c.total}, {"due", c.due}, {"submitted", c.submitted}, {"accepted", c.accepted},
                         {"overdue", c.overdue}, {"next_due", opt(c.next_due)}}}};
}

json::object to_json(const PlanDetail& d) {
  json::object o = to_json(d.plan);
  if (d.source_text) o["source_text"] = *d.source_text;
  o["parent"] = d.parent ? json::value(to_json(*d.parent)) : json::value(nullptr);
  json::array children, targets, tasks;
  for (const auto& c : d.children) children.push_back(to_json(c));
  for (const auto& t : d.targets)
    targets.push_back(json::object{{"text", t.text}, {"value", opt(t.value)}, {"unit", opt(t.unit)}, {"year", opt(t.year)}});
  for (const auto& t : d.tasks) tasks.push_back(to_json(t));
  o["children"] = std::move(children);
  o["targets"] = std::move(targets);
  o["tasks"] = std::move(tasks);
  return o;
}

json::object to_json(const AgencyTask& t) {
  json::object o = to_json(t.task);
  o["plan"] = json::object{{"id", t.task.plan_id}, {"number", t.plan_number}, {"title", t.plan_title}};
  o["role"] = t.role;
  return o;
}

json::object to_json(const InstanceView& i) {
  return {{"id", i.id},
          {"plan", {{"id", i.plan_id}, {"number", i.plan_number}}},
          {"task", {{"id", i.task_id}, {"ref", i.task_ref}, {"text", i.task_text}}},
          {"agency", agency_json(i.agency)},
          {"required", i.required},
          {"period_key", i.period_key},
          {"period_label", i.period_label},
          {"due_date", i.due_date},
          {"status", i.status},
          {"overdue", i.overdue},
          {"first_submitted_on", opt(i.first_submitted_on)},
          {"on_time", opt(i.on_time)},
          {"progress", opt(i.progress)},
          {"last_report_id", opt(i.last_report_id)}};
}

json::object to_json(const ReportView& r) {
  json::array results, files;
  for (const auto& x : r.results) {
    json::object item{{"indicator", x.indicator}};
    if (x.numeric) {
      json::error_code ec;
      item["value"] = json::parse(x.value, ec);
    } else {
      item["value"] = x.value;
    }
    if (!x.unit.empty()) item["unit"] = x.unit;
    results.push_back(std::move(item));
  }
  for (const auto& f : r.files)
    files.push_back(json::object{{"id", f.id}, {"name", f.name}, {"content_type", f.content_type}, {"size", f.size}});
  return {{"id", r.id},
          {"instance_id", r.instance_id},
          {"agency", agency_json(r.agency)},
          {"progress", r.progress},
          {"narrative", r.narrative},
          {"results", std::move(results)},
          {"submitted_by", r.submitted_by},
          {"submitted_at", calendar::iso_utc(r.submitted_at)},
          {"review", opt(r.review)},
          {"review_comment", opt(r.review_comment)},
          {"reviewed_by", opt(r.reviewed_by)},
          {"reviewed_at", opt_time(r.reviewed_at)},
          {"files", std::move(files)}};
}

json::object to_json(const InstanceDetail& d) {
  json::object o = to_json(d.instance);
  json::array reports;
  for (const auto& r : d.reports) reports.push_back(to_json(r));
  o["reports"] = std::move(reports);
  return o;
}

json::object to_json(const TrackingStats& s) {
  const auto& t = s.tasks;
  json::array agencies;
  for (const auto& a : s.agencies)
    agencies.push_back(json::object{{"id", a.agency_id},
                                    {"name", a.name},
                                    {"rank", opt(a.rank)},
                                    {"tasks", {{"lead", a.tasks_lead}, {"cooperating", a.tasks_cooperating},
                                               {"requested", a.tasks_requested}, {"overdue", a.tasks_overdue}}},
                                    {"reports", tally_json(a.instances)}});
  json::array commend, criticise;
  for (auto id : s.commend) commend.push_back(id);
  for (auto id : s.criticise) criticise.push_back(id);
  return {{"as_of", s.as_of},
          {"plans", s.plans},
          {"tasks", {{"total", t.total}, {"done", t.done}, {"in_progress", t.in_progress}, {"overdue", t.overdue},
                     {"awaiting_date", t.awaiting_date}, {"due", t.due}, {"overdue_share", rate(t.overdue_share())}}},
          {"reports", tally_json(s.instances)},
          {"agencies", std::move(agencies)},
          {"commend", std::move(commend)},
          {"criticise", std::move(criticise)}};
}

json::object to_json(const Inbox& b) {
  auto items = [](const std::vector<InboxItem>& v) {
    json::array a;
    for (const auto& i : v)
      a.push_back(json::object{{"kind", i.kind},
                               {"title", i.title},
                               {"body", i.body},
                               {"notification_id", opt(i.notification_id)},
                               {"instance_id", opt(i.instance_id)},
                               {"report_id", opt(i.report_id)},
                               {"plan_id", opt(i.plan_id)},
                               {"task_id", opt(i.task_id)},
                               {"agency", i.agency ? json::value(agency_json(*i.agency)) : json::value(nullptr)},
                               {"due_date", opt(i.due_date)},
                               {"days", opt(i.days)},
                               {"created_at", opt_time(i.created_at)},
                               {"read", i.read}});
    return a;
  };
  return {{"as_of", b.as_of},
          {"reminder_days", b.reminder_days},
          {"counts", {{"reminders", b.reminders_total}, {"overdue", b.overdue_total}, {"review_needed", b.review_total},
                      {"unread", b.unread_total}}},
          {"reminders", items(b.reminders)},
          {"overdue", items(b.overdue)},
          {"review_needed", items(b.review_needed)},
          {"notifications", items(b.notifications)}};
}

json::object to_json(const SavedPlan& s) {
  json::array created;
  for (const auto& a : s.created_agencies) created.push_back(agency_json(a));
  return {{"id", s.id}, {"tasks", s.tasks}, {"instances", s.instances}, {"created_agencies", std::move(created)}};
}

json::object to_json(const PlanSettings& s) { return {{"reminder_days", s.reminder_days}}; }

}  // namespace pcmt::app::plans
