// Post-rehab management at the place of residence: Law 73/2021 Arts. 40, 43; ND 116/2021 Arts.
// 77–82 (domain rule 24); and death, which ends every regime.
#include "core/people/engine.hpp"

namespace pcmt::people {

void Engine::on_post_rehab_report(const Event& e) {
  open_deadline("post_rehab.proposal", *post_.episode, e.date);  // ≤ 3 working days after the report
}

void Engine::on_post_rehab_proposal(const Event& e) {
  open_deadline("post_rehab.decision", *post_.episode, e.date);  // ≤ 2 working days after the proposal
}

void Engine::on_post_rehab_decision(const Event& e) {
  episodes_[*post_.episode].details["decision_date"] = e.date.iso();
  state_ = State::post_rehab;
  refresh_post_rehab_end();
}

// Rule 24: 1 year from completion, 2 years for an adult who completed compulsory rehab; days of
// unreported absence do not count (ND 116/2021 Art. 79.1.b).
void Engine::refresh_post_rehab_end() {
  const size_t ep = *post_.episode;
  drop_pending(ep, {"post_rehab.end", "post_rehab.end_adult_compulsory"});
  if (post_.age_unknown) {
    open_deadline("post_rehab.end", ep, post_.completion);
    Deadline& d = deadlines_.back();
    d.due = std::nullopt;
    d.status = DeadlineStatus::missing_person_fact;
    d.missing = "birth_date";
    d.params.push_back("post_rehab.adult_compulsory_duration_months");
    return;
  }
  open_deadline(post_.adult_compulsory ? "post_rehab.end_adult_compulsory" : "post_rehab.end", ep, post_.completion,
                {.extra_days = post_.absence_days});
  episodes_[ep].details["unreported_absence_days"] = post_.absence_days;
}

void Engine::on_unreported_absence(const Event& e) {
  post_.absence_days += *e.integer("days");
  refresh_post_rehab_end();
}

void Engine::on_post_rehab_end(const Event& e) {
  const size_t ep = *post_.episode;
  for (const auto& d : deadlines_)
    if (d.episode == ep && d.done_by_event == e.index && d.due && e.date < *d.due)
      refuse(e, "people.period_not_expired",
             "Chưa hết thời hạn quản lý sau cai nghiện (đến " + d.due->iso() + ") (NĐ 116/2021 Điều 81)");
  close_episode(ep, e.date, "completed");
  post_ = PostRehab{};
  state_ = State::ended;
}

void Engine::on_post_rehab_removal(const Event& e) {
  const std::string reason(*e.text("reason"));
  close_episode(*post_.episode, e.date, "removed:" + reason);
  post_ = PostRehab{};
  state_ = reason == "death" ? State::deceased : State::ended;
}

void Engine::on_death(const Event& e) {
  if (state_ == State::under_management) {  // a stop case (Law 73/2021 Art. 23.5)
    close_episode(*management_.episode, e.date, "stopped:death");
    open_deadline("user_management.stop_end_notice", *management_.episode, e.date);
  }
  for (size_t i = 0; i < episodes_.size(); ++i)
    if (!episodes_[i].end) close_episode(i, e.date, "death");
  management_ = Management{};
  assessment_ = registration_ = rehab_ = std::nullopt;
  compulsory_ = Compulsory{};
  post_ = PostRehab{};
  state_ = State::deceased;
}

}  // namespace pcmt::people
