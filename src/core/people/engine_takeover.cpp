// Taking over a person who is already under a regime when a commune's existing books are entered
// into the registry. The law has no such act: the event records the regime the
// person is under and the dates that fix its deadlines — not a made-up history of the steps before.
// Deadlines of those earlier steps (notices at the start, reviews already due) stay with the
// previous records; from the takeover on, the regime runs as if it had been recorded here.
//
// The event's date is the day the current regime began:
//   voluntary_home / voluntary_facility — rehab start (Law 73/2021 Arts. 30–31); planned_months → planned end
//   substitution — treatment start (Law 73/2021 Art. 41); phase as now
//   compulsory_facility — admission (Law 73/2021 Arts. 33–39); term_months (court), reduction_months granted
//   post_rehab — completion of rehab (Law 73/2021 Art. 40: the term counts from completion); completed = how
#include "core/people/engine.hpp"

namespace pcmt::people {

void Engine::on_taken_over(const Event& e) {
  const std::string state(*e.text("state"));
  const calendar::Date from = records_from(e);
  if (state == "voluntary_home") take_over_rehab(e, "home");
  if (state == "voluntary_facility") take_over_rehab(e, "facility");
  if (state == "substitution") take_over_rehab(e, "substitution");
  if (state == "compulsory_facility") take_over_compulsory(e, from);
  if (state == "post_rehab") take_over_post_rehab(e);
  if (const auto ep = episodes_.empty() ? std::nullopt : std::optional<size_t>(episodes_.size() - 1)) {
    episodes_[*ep].details["taken_over"] = true;
    episodes_[*ep].details["records_from"] = from.iso();
  }
}

void Engine::take_over_rehab(const Event& e, std::string_view form) {
  open_rehab(e, form);  // no start notice: that step is past
  if (const auto phase = e.text("phase"); phase && form == "substitution") {
    episodes_[*rehab_].details["phase"] = *phase;
    // The window for positive opioid tests opens at maintenance (rule 29); reached by now.
    if (*phase == "maintenance" || *phase == "tapering") maintenance_since_ = e.date;
  }
}

void Engine::take_over_compulsory(const Event& e, calendar::Date records_from) {
  const auto term = e.integer("term_months");
  if (!term || *term <= 0)
    refuse(e, "people.event_field_invalid", "Người đang cai nghiện bắt buộc cần thời hạn theo quyết định (term_months, số tháng)");
  const int reduction = e.integer("reduction_months").value_or(0);
  if (reduction >= *term)
    refuse(e, "people.event_field_invalid", "Số tháng đã được giảm (reduction_months) phải nhỏ hơn thời hạn");
  check_term(e, *term, CompulsoryTrigger::voluntary_not_registered_or_failed, pack_on(e.date));
  compulsory_ = Compulsory{};
  compulsory_.stay = open_episode(EpisodeKind::compulsory_stay, e.date);
  compulsory_.term_months = *term;
  compulsory_.reduction_months = reduction;
  compulsory_.admission = e.date;
  compulsory_.records_from = records_from;
  episodes_[*compulsory_.stay].details["term_months"] = *term;
  episodes_[*compulsory_.stay].details["admission"] = e.date.iso();
  state_ = State::compulsory_facility;
  refresh_term_deadlines();
}

void Engine::take_over_post_rehab(const Event& e) {
  const auto how = e.text("completed");
  if (!how)
    refuse(e, "people.event_field_invalid",
           "Người đang quản lý sau cai nghiện cần hình thức đã hoàn thành (completed: voluntary, substitution, compulsory)");
  // Rule 24: 2 years for an adult who completed compulsory rehab, otherwise 1 year.
  const auto adult = *how == "compulsory" ? adult_on(e) : std::optional<bool>(false);
  completed(e, *how, adult.value_or(false));
  post_.age_unknown = !adult.has_value();
  state_ = State::post_rehab;
  refresh_post_rehab_end();
}

}  // namespace pcmt::people
