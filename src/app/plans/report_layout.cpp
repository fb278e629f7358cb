#include "app/plans/report_layout.hpp"

#include <cstdio>

namespace pcmt::app::plans {

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string report_line(const AgencyReportLine& r) {
  std::vector<std::string> facts{r.period_label};
  facts.push_back(r.state + (r.timing.empty() ? "" : ", " + r.timing));
  if (!r.filed) facts.push_back("hạn " + r.due_date);
  if (!r.progress.empty()) facts.push_back(r.progress);
  std::string line = r.agency + " (" + join(facts, "; ") + ")";
  if (!r.narrative.empty()) line += ": " + r.narrative;
  if (!r.results.empty()) line += " Kết quả: " + r.results + ".";
  return line;
}

std::string partners(const ConsolidatedTask& t) {
  std::string out = join(t.cooperating, "; ");
  if (!t.requested.empty()) out += (out.empty() ? "" : "\n") + std::string("Đề nghị: ") + join(t.requested, "; ");
  return out;
}

std::string rate_text(std::optional<double> rate) {
  if (!rate) return "–";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f%%", *rate * 100.0);
  std::string s = buf;
  for (char& c : s)
    if (c == '.') c = ',';
  return s;
}

namespace {

std::string names(const TrackingStats& s, const std::vector<int64_t>& ids, bool with_overdue) {
  std::vector<std::string> out;
  for (int64_t id : ids)
    for (const auto& a : s.agencies)
      if (a.agency_id == id)
        out.push_back(with_overdue ? a.name + " (" + std::to_string(a.instances.overdue) + " báo cáo quá hạn)" : a.name);
  return join(out, "; ");
}

}  // namespace

std::string commend_line(const TrackingStats& s) {
  return s.commend.empty() ? "" : "Đề nghị biểu dương: " + names(s, s.commend, false) + ".";
}

std::string criticise_line(const TrackingStats& s) {
  return s.criticise.empty() ? "" : "Đề nghị phê bình, nhắc nhở: " + names(s, s.criticise, true) + ".";
}

std::vector<std::string> agency_row(const AgencyStats& a) {
  const auto& t = a.instances;
  return {a.rank ? std::to_string(*a.rank) : "–", a.name, std::to_string(a.tasks_lead), std::to_string(t.assessable),
          std::to_string(t.on_time), std::to_string(t.late), std::to_string(t.missing), rate_text(t.on_time_rate())};
}

}  // namespace pcmt::app::plans
