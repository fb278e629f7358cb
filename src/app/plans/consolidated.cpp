#include "app/plans/consolidated.hpp"

#include <boost/json.hpp>
#include <cctype>
#include <cstdio>
#include <map>

#include "app/agencies.hpp"
#include "app/error.hpp"
#include "app/plans/plan_queries.hpp"
#include "app/plans/report_layout.hpp"
#include "app/plans/task_section.hpp"
#include "core/schedule/period.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::plans {
namespace {

std::string document_word(const std::string& kind) {
  if (kind == "ke_hoach") return "Kế hoạch";
  if (kind == "nghi_quyet") return "Nghị quyết";
  if (kind == "chuong_trinh") return "Chương trình";
  if (kind == "quyet_dinh") return "Quyết định";
  return "Văn bản";
}

// Upper case of Vietnamese text (ASCII and the precomposed letters of the alphabet).
std::string upper(const std::string& s) {
  static const std::map<std::string, std::string> kPairs = [] {
    const char* lower = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    const char* upper = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";
    std::map<std::string, std::string> m;
    auto next = [](const char*& p) {
      const unsigned char c = static_cast<unsigned char>(*p);
      const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      std::string ch(p, n);
      p += n;
      return ch;
    };
    for (const char *l = lower, *u = upper; *l && *u;) m[next(l)] = next(u);
    return m;
  }();
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    const std::string ch = s.substr(i, n);
    if (n == 1) out += static_cast<char>(std::toupper(c));
    else if (auto it = kPairs.find(ch); it != kPairs.end()) out += it->second;
    else out += ch;
    i += n;
  }
  return out;
}

std::string vn(const std::string& iso) {
  auto d = calendar::Date::parse(iso);
  return d ? schedule::vn_date(*d) : iso;
}

std::string percent(std::optional<double> v) { return v ? rate_text(v) : "chưa có số liệu"; }

std::string due_text(const TaskView& t) {
  if (!t.due.text.empty()) return t.due.text;
  if (t.due.date) return schedule::vn_date(*t.due.date);
  if (t.due_state == "awaiting_condition") return "Theo điều kiện";
  if (t.due_state == "no_deadline") return "Không có thời hạn";
  return "";
}

std::string results_text(const std::string& json) {
  boost::json::error_code ec;
  auto v = boost::json::parse(json, ec);
  if (ec || !v.is_array()) return "";
  std::string out;
  for (const auto& item : v.as_array()) {
    if (!item.is_object()) continue;
    const auto& o = item.as_object();
    std::string line;
    if (auto* x = o.if_contains("indicator"); x && x->is_string()) line = std::string(x->as_string());
    if (auto* x = o.if_contains("value")) line += ": " + (x->is_string() ? std::string(x->as_string()) : boost::json::serialize(*x));
    if (auto* x = o.if_contains("unit"); x && x->is_string() && !x->as_string().empty()) line += " " + std::string(x->as_string());
    out += (out.empty() ? "" : "; ") + line;
  }
  return out;
}

// The part and section a task is listed under.
ConsolidatedSection section_of(const TaskView& t) {
  if (t.section.empty()) {
    const std::string key = t.ref.substr(0, t.ref.find('.'));
    return {"", key.empty() ? "Nhiệm vụ khác" : "Mục " + key, {}};
  }
  if (t.section.size() == 1) return {"", t.section[0], {}};
  return {t.section[0], t.section[kGroupingDepth - 1], {}};
}

std::string state_of(const std::string& status, const std::string& due_date, calendar::Date as_of) {
  if (status == "accepted") return "Đã duyệt";
  if (status == "submitted") return "Chờ duyệt";
  if (status == "returned") return "Bị trả lại";
  return due_date < as_of.iso() ? "Quá hạn, chưa báo cáo" : "Chưa báo cáo";
}

}  // namespace

std::string status_label(const std::string& status) {
  if (status == "done") return "Hoàn thành";
  if (status == "overdue") return "Quá hạn";
  return "Đang thực hiện";
}

std::string progress_label(const std::string& progress) {
  if (progress == "done") return "Đã hoàn thành";
  if (progress == "in_progress") return "Đang thực hiện";
  if (progress == "not_started") return "Chưa triển khai";
  return "";
}

std::string ConsolidatedReport::heading() const {
  return upper("Báo cáo kết quả thực hiện " + document_word + " số " + plan.number);
}

std::string ConsolidatedReport::period() const {
  return "Kỳ báo cáo: từ ngày " + schedule::vn_date(from) + " đến ngày " + schedule::vn_date(to);
}

std::string ConsolidatedReport::summary() const {
  const auto& t = stats.tasks;
  const auto& i = stats.instances;
  return "Tính đến ngày " + schedule::vn_date(as_of) + ", " + document_word + " có " + std::to_string(t.total) +
         " nhiệm vụ: " + std::to_string(t.done) + " đã hoàn thành, " + std::to_string(t.in_progress) +
         " đang thực hiện (trong đó " + std::to_string(t.awaiting_date) + " chưa có thời hạn), " +
         std::to_string(t.overdue) + " quá hạn; tỷ lệ nhiệm vụ quá hạn trên số nhiệm vụ đến hạn: " +
         percent(t.overdue_share()) + ". Báo cáo của các cơ quan: " + std::to_string(i.on_time) + " đúng hạn, " +
         std::to_string(i.late) + " trễ hạn, " + std::to_string(i.missing) + " chưa gửi khi đã quá hạn; tỷ lệ đúng hạn " +
         percent(i.on_time_rate()) + ".";
}

ConsolidatedReport build_consolidated(store::Connection& db, const Actor& actor, int64_t plan_id, calendar::Date from,
                                      calendar::Date to, calendar::Date as_of) {
  if (to < from) throw bad_request("request.invalid_period", "Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc", "from");
  ConsolidatedReport rep;
  rep.stats = plan_stats(db, actor, plan_id, as_of);  // checks scope and role first
  const PlanDetail detail = get_plan(db, actor, plan_id, as_of, false);
  rep.plan = detail.plan;
  rep.document_word = document_word(rep.plan.kind);
  rep.from = from;
  rep.to = to;
  rep.as_of = as_of;

  std::map<int64_t, std::vector<AgencyReportLine>> lines;
  for (const auto& r :
       db.query("SELECT ri.task_id, " + agency_name_sql("ri.agency_id") +
                    ", ri.period_label, ri.due_date, ri.status, ri.first_submitted_on, r.progress, r.narrative, "
                    "r.results, "
                    "ri.required FROM report_instances ri LEFT JOIN task_agencies ta ON ta.task_id = ri.task_id AND "
                    "ta.agency_id = ri.agency_id LEFT JOIN reports r ON r.id = ri.last_report_id WHERE ri.plan_id = $1 "
                    "AND ri.due_date >= $2 AND ri.due_date <= $3 ORDER BY "
                    "ri.task_id, CASE ta.role WHEN 'lead' THEN 0 WHEN 'cooperating' THEN 1 ELSE 2 END, ta.position, "
                    "ri.due_date",
                {plan_id, from.iso(), to.iso()})
           .rows) {
    const bool filed = !r.is_null(6);
    if (!filed && !r.boolean(9)) continue;  // a requested agency that chose not to report
    AgencyReportLine line;
    line.agency = r.str(1);
    line.period_label = r.str(2);
    line.due_date = vn(r.str(3));
    line.state = state_of(r.str(4), r.str(3), as_of);
    if (auto first = r.opt_str(5)) line.timing = *first <= r.str(3) ? "đúng hạn" : "trễ hạn";
    line.filed = filed;
    if (filed) {
      line.progress = progress_label(r.str(6));
      line.narrative = r.str(7);
      line.results = results_text(r.str(8));
    }
    lines[r.i64(0)].push_back(std::move(line));
  }

  std::map<std::pair<std::string, std::string>, size_t> section_index;
  for (const auto& t : detail.tasks) {
    ConsolidatedTask ct{t.ref, t.text, due_text(t), t.status, status_label(t.status), {}, {}, {}, {}};
    if (t.status != "done" && t.due_state == "awaiting_condition") ct.status_label += " (chờ điều kiện)";
    for (const auto& a : t.agencies)
      (a.role == "lead" ? ct.lead : a.role == "cooperating" ? ct.cooperating : ct.requested).push_back(a.name);
    if (auto it = lines.find(t.id); it != lines.end()) ct.reports = std::move(it->second);
    ConsolidatedSection section = section_of(t);
    auto [it, added] = section_index.emplace(std::pair{section.part, section.title}, rep.sections.size());
    if (added) rep.sections.push_back(std::move(section));
    rep.sections[it->second].tasks.push_back(std::move(ct));
  }
  return rep;
}

}  // namespace pcmt::app::plans
