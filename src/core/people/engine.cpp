#include "core/people/engine.hpp"

#include <algorithm>

#include "core/calendar/display.hpp"
#include "core/people/deadline_rules.hpp"
#include "core/people/event_types.hpp"
#include "core/people/rule_param.hpp"

namespace pcmt::people {

std::string_view deadline_status_code(DeadlineStatus s) {
  switch (s) {
    case DeadlineStatus::pending: return "pending";
    case DeadlineStatus::overdue: return "overdue";
    case DeadlineStatus::met: return "met";
    case DeadlineStatus::late: return "late";
    case DeadlineStatus::superseded: return "superseded";
    case DeadlineStatus::unknown_rule_value: return "unknown_rule_value";
    case DeadlineStatus::no_rule_pack: return "no_rule_pack";
    case DeadlineStatus::missing_person_fact: return "missing_person_fact";
  }
  return "";
}

namespace {

bool is_open(const Deadline& d) {
  return d.status == DeadlineStatus::pending || d.status == DeadlineStatus::unknown_rule_value ||
         d.status == DeadlineStatus::no_rule_pack || d.status == DeadlineStatus::missing_person_fact;
}

bool contains(const std::vector<std::string_view>& v, std::string_view x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

// ---------------------------------------------------------------- dispatch

const std::vector<std::pair<std::string_view, Engine::Handler>>& Engine::handlers() {
  static const std::vector<std::pair<std::string_view, Handler>> table = {
      {"positive_test", &Engine::on_positive_test},
      {"residence_verified", &Engine::on_residence_verified},
      {"commune_notified", &Engine::on_commune_notified},
      {"user_management_decision", &Engine::on_management_decision},
      {"residence_check", nullptr},  // fulfils the month's check; nothing else changes
      {"residence_moved", &Engine::on_residence_moved},
      {"user_management_stop", &Engine::on_management_stop},
      {"user_management_end", &Engine::on_management_end},
      {"addiction_request", &Engine::on_addiction_request},
      {"addiction_result", &Engine::on_addiction_result},
      {"registration", &Engine::on_registration},
      {"rehab_decision", &Engine::on_rehab_decision},
      {"rehab_start", &Engine::on_rehab_start},
      {"rehab_complete", &Engine::on_rehab_complete},
      {"substitution_phase", &Engine::on_substitution_phase},
      {"substitution_stop", &Engine::on_substitution_stop},
      {"violation_report", &Engine::on_violation_report},
      {"compulsory_file_compiled", &Engine::on_file_compiled},
      {"compulsory_file_forwarded", &Engine::on_file_forwarded},
      {"court_query", &Engine::on_court_query},
      {"court_decision", &Engine::on_court_decision},
      {"pending_management_start", &Engine::on_pending_management},
      {"compulsory_admission_deferred", &Engine::on_admission_deferred},
      {"compulsory_postponed", &Engine::on_postponed},
      {"compulsory_exempted", &Engine::on_exempted},
      {"compulsory_admission", &Engine::on_admission},
      {"compulsory_review", nullptr},  // fulfils the period's review
      {"compulsory_reduction", &Engine::on_reduction},
      {"compulsory_suspension", &Engine::on_suspension},
      {"compulsory_resumption", &Engine::on_resumption},
      {"compulsory_absconded", &Engine::on_absconded},
      {"compulsory_returned", &Engine::on_returned},
      {"compulsory_release", &Engine::on_release},
      {"post_rehab_report", &Engine::on_post_rehab_report},
      {"post_rehab_proposal", &Engine::on_post_rehab_proposal},
      {"post_rehab_decision", &Engine::on_post_rehab_decision},
      {"unreported_absence", &Engine::on_unreported_absence},
      {"post_rehab_end", &Engine::on_post_rehab_end},
      {"post_rehab_removal", &Engine::on_post_rehab_removal},
      {"taken_over", &Engine::on_taken_over},
      {"death", &Engine::on_death},
      {"deadline_met", nullptr},  // fulfils the named deadline
  };
  return table;
}

bool Engine::has_handler(std::string_view type) {
  const auto& t = handlers();
  return std::any_of(t.begin(), t.end(), [&](const auto& h) { return h.first == type; });
}

void Engine::apply(const Event& e) {
  const EventTypeSpec* spec = find_event_type(e.type);
  if (!spec) refuse(e, "people.event_type_unknown", "Loại sự kiện \"" + e.type + "\" không được hỗ trợ");
  if (!allowed_from(*spec, state_))
    refuse(e, "people.transition_refused",
           "Không thể ghi nhận \"" + std::string(spec->label_vi) + "\" khi người này đang ở trạng thái \"" +
               std::string(state_label_vi(state_)) + "\"");
  fulfil_deadlines(e);
  const State before = state_;
  for (const auto& [type, handler] : handlers())
    if (type == e.type && handler) (this->*handler)(e);
  if (state_ != before) record_state_change(e.date);
}

calendar::Date Engine::records_from(const Event& e) const {
  const calendar::Date from = e.day("records_from").value_or(e.date);
  if (from < e.date)
    refuse(e, "people.event_field_invalid",
           "Ngày bắt đầu theo dõi trên hệ thống (records_from) không được trước ngày của sự kiện");
  return from;
}

// Several changes on one day leave one period: the state at the end of that day.
void Engine::record_state_change(calendar::Date on) {
  if (!history_.empty() && history_.back().from == on) {
    history_.back().state = state_;
    if (history_.size() > 1 && history_[history_.size() - 2].state == state_) {
      history_.pop_back();
      history_.back().to = std::nullopt;
    }
    return;
  }
  if (!history_.empty()) history_.back().to = on;
  history_.push_back(StatePeriod{state_, on, std::nullopt});
}

// ---------------------------------------------------------------- episodes and deadlines

const rules::RulePack* Engine::pack_on(calendar::Date d) const {
  try {
    return &book_->in_force("people", d.iso());
  } catch (const std::out_of_range&) {
    return nullptr;  // before any people pack (2022)
  }
}

const rules::RulePack* Engine::episode_pack(size_t episode) const {
  for (const auto& p : book_->packs())
    if (p.id() == episodes_[episode].pack) return &p;
  return nullptr;
}

size_t Engine::open_episode(EpisodeKind kind, calendar::Date start) {
  const rules::RulePack* pack = pack_on(start);
  episodes_.push_back(Episode{kind, start, std::nullopt, "", pack ? pack->id() : "", {}});
  return episodes_.size() - 1;
}

void Engine::close_episode(size_t episode, calendar::Date end, std::string reason) {
  episodes_[episode].end = end;
  episodes_[episode].end_reason = std::move(reason);
  for (auto& d : deadlines_)
    if (d.episode == episode && is_open(d)) d.status = DeadlineStatus::superseded;
}

void Engine::open_deadline(std::string_view kind, size_t episode, calendar::Date from, const OpenOptions& opts) {
  const DeadlineRule& rule = deadline_rule(kind);
  Deadline d;
  d.kind = std::string(kind);
  d.label = std::string(rule.label_vi);
  d.episode = episode;
  d.from = from;
  d.pack = episodes_[episode].pack;
  const auto& names = opts.params.empty() ? rule.params : opts.params;
  if (names.empty()) {
    d.due = opts.due;
    d.source = std::string(rule.basis);
    deadlines_.push_back(std::move(d));
    return;
  }
  for (auto n : names) d.params.emplace_back(n);
  const rules::RulePack* pack = episode_pack(episode);
  if (!pack) {
    d.status = DeadlineStatus::no_rule_pack;
    deadlines_.push_back(std::move(d));
    return;
  }
  if (!pack->has(names.front())) return;  // that law has no such deadline
  int total = 0;
  Unit unit = Unit::days;
  for (auto name : names) {
    const auto p = read_param(*pack, name);
    if (!p) throw std::logic_error("rule pack " + pack->id() + " lacks " + std::string(name));
    d.source += (d.source.empty() ? "" : "; ") + p->source;
    d.confirmed = d.confirmed && p->confirmed;
    unit = p->unit;
    if (p->unknown && d.status == DeadlineStatus::pending) {
      d.status = DeadlineStatus::unknown_rule_value;
      d.missing = std::string(name);
    }
    total += static_cast<int>(p->value);
  }
  if (d.status == DeadlineStatus::pending)
    d.due = opts.due ? *opts.due : offset_date(from, total, unit, rule.before, *cal_).add_days(opts.extra_days);
  deadlines_.push_back(std::move(d));
}

void Engine::drop_pending(size_t episode, std::initializer_list<std::string_view> kinds) {
  std::erase_if(deadlines_, [&](const Deadline& d) {
    return d.episode == episode && is_open(d) && std::find(kinds.begin(), kinds.end(), d.kind) != kinds.end();
  });
}

std::optional<calendar::Date> Engine::pending_due(size_t episode, std::string_view kind) const {
  for (const auto& d : deadlines_)
    if (d.episode == episode && d.kind == kind && is_open(d)) return d.due;
  return std::nullopt;
}

void Engine::fulfil_deadlines(const Event& e) {
  auto fulfil = [&](Deadline& d) {
    d.done_on = e.date;
    d.done_by_event = e.index;
    d.status = (d.due && e.date > *d.due) ? DeadlineStatus::late : DeadlineStatus::met;
  };
  if (e.type == "deadline_met") {
    const std::string_view kind = *e.text("deadline");
    for (auto& d : deadlines_)
      if (d.kind == kind && is_open(d) && contains(deadline_rule(d.kind).closed_by, "deadline_met")) {
        fulfil(d);
        return;
      }
    refuse(e, "people.no_pending_deadline",
           "Không có thời hạn \"" + std::string(kind) + "\" nào đang chờ thực hiện để ghi nhận");
  }
  bool period_done = false;  // one event fulfils one period of a periodic duty
  for (auto& d : deadlines_) {
    if (!is_open(d)) continue;
    const DeadlineRule& rule = deadline_rule(d.kind);
    if (!contains(rule.closed_by, e.type)) continue;
    if (!rule.periodic) {
      fulfil(d);
    } else if (!period_done && d.due && d.from <= e.date && e.date <= *d.due) {
      fulfil(d);
      period_done = true;
    }
  }
}

void Engine::note(const Event& e, std::string code, std::string message, std::string source) {
  obligations_.push_back(Obligation{std::move(code), std::move(message), std::move(source), e.date, e.index});
}

void Engine::refuse(const Event& e, std::string code, std::string message) const {
  throw LifecycleError(std::move(code), "Sự kiện thứ " + std::to_string(e.index + 1) + " (" + e.type + ", " +
                                            calendar::dmy(e.date) + "): " + message,
                       e.index, message);
}

std::optional<int> Engine::age_on(calendar::Date d) const {
  if (!person_.birth_date) return std::nullopt;
  return calendar::age_in_years(*person_.birth_date, d);
}

std::optional<bool> Engine::check(const Event& e, const std::function<bool()>& rule) {
  try {
    return rule();
  } catch (const rules::UnknownRuleValue& unknown) {
    note(e, "people.rule_value_unknown",
         "Chưa kiểm tra được điều kiện vì gói quy tắc chưa có giá trị: " + std::string(unknown.what()), "");
    return std::nullopt;
  }
}

// ---------------------------------------------------------------- report

LifecycleReport Engine::report(calendar::Date as_of) const {
  LifecycleReport r{state_, as_of, history_, episodes_, deadlines_, obligations_};
  for (auto& d : r.deadlines)
    if (d.status == DeadlineStatus::pending && d.due && *d.due < as_of) d.status = DeadlineStatus::overdue;
  std::stable_sort(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& a, const Deadline& b) {
    if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
    return a.due && *a.due < *b.due;
  });
  return r;
}

// ---------------------------------------------------------------- Lifecycle

Lifecycle::Lifecycle(const rules::RuleBook& book, const calendar::HolidayCalendar& cal, PersonFacts person)
    : engine_(std::make_unique<Engine>(book, cal, person)) {}
Lifecycle::~Lifecycle() = default;
Lifecycle::Lifecycle(Lifecycle&&) noexcept = default;
Lifecycle& Lifecycle::operator=(Lifecycle&&) noexcept = default;

void Lifecycle::apply(const Event& event) {
  Engine next = *engine_;  // a refused event leaves no trace
  next.apply(event);
  *engine_ = std::move(next);
}

State Lifecycle::state() const { return engine_->state(); }

LifecycleReport Lifecycle::report(calendar::Date as_of) const { return engine_->report(as_of); }

LifecycleReport compute_lifecycle(std::string_view events_json, const rules::RuleBook& book,
                                  const calendar::HolidayCalendar& cal, const PersonFacts& person, calendar::Date as_of) {
  Engine engine(book, cal, person);
  for (const auto& e : parse_events(events_json)) engine.apply(e);
  return engine.report(as_of);
}

}  // namespace pcmt::people
