// Detection and illegal-user management: Law 73/2021 Arts. 22–26; ND 105/2021 Arts. 41–48
// (domain rules 11–15, 27).
#include "core/people/engine.hpp"
#include "core/people/rule_param.hpp"

namespace pcmt::people {

void Engine::on_positive_test(const Event& e) {
  if (const auto sample = e.text("sample"); sample && e.boolean("guardian_consent") == false) {
    // Rule 27 (ND 105/2021 Art. 46.4).
    const Sample s = *sample == "urine" ? Sample::urine : *sample == "blood" ? Sample::blood : Sample::other;
    const auto age = age_on(e.date);
    const rules::RulePack* pack = pack_on(e.date);
    if (age && pack && check(e, [&] { return test_needs_guardian_consent(*age, s, *pack); }).value_or(false))
      refuse(e, "people.test_consent_missing",
             "Xét nghiệm người dưới 18 tuổi bằng mẫu không phải nước tiểu cần sự đồng ý của cha, mẹ, người giám hộ "
             "hoặc người đại diện (NĐ 105/2021 Điều 46.4)");
  }
  switch (state_) {
    case State::none:
    case State::ended: {
      const size_t ep = open_episode(EpisodeKind::user_management, e.date);
      management_ = Management{ep, std::nullopt, false};
      OpenOptions verification;
      if (e.boolean("remote_area").value_or(false)) verification.params = {"user_management.residence_verification_remote_wd"};
      open_deadline("user_management.residence_verification", ep, e.date, verification);
      open_deadline("user_management.decision_after_positive", ep, e.date);
      state_ = State::detected;
      return;
    }
    case State::under_management:
      management_.new_use = true;
      note(e, "people.addiction_determination_required",
           "Người đang bị quản lý tiếp tục sử dụng trái phép chất ma túy: phải xác định tình trạng nghiện; nếu không "
           "nghiện thì ra quyết định quản lý mới",
           "Luật 73/2021 Điều 27.1.a; NĐ 105/2021 Điều 43.2");
      return;
    case State::post_rehab:
      note(e, "people.addiction_determination_required",
           "Người đang bị quản lý sau cai nghiện sử dụng trái phép chất ma túy: phải xác định tình trạng nghiện",
           "Luật 73/2021 Điều 27.1.d");
      return;
    case State::voluntary_home:
    case State::voluntary_facility:
      note(e, "people.violation_report_required",
           "Sử dụng trái phép chất ma túy trong thời gian cai nghiện tự nguyện: lập biên bản vi phạm (Mẫu 27) làm căn cứ "
           "lập hồ sơ cai nghiện bắt buộc",
           "Luật 73/2021 Điều 32.2; NĐ 116/2021 Điều 33");
      return;
    case State::substitution:
      if (e.text("substance") == "other")
        note(e, "people.substitution_termination_ground",
             "Dương tính với chất ma túy khác trong khi điều trị thay thế: căn cứ chấm dứt điều trị bắt buộc",
             "NĐ 90/2016/NĐ-CP (VBHN 12/VBHN-BYT 2019)");
      return;
    default:
      return;
  }
}

void Engine::on_residence_verified(const Event& e) {
  if (!*e.boolean("stable"))
    note(e, "people.addiction_determination_required",
         "Người sử dụng trái phép chất ma túy không có nơi cư trú ổn định: phải xác định tình trạng nghiện",
         "Luật 73/2021 Điều 27.1.b; NĐ 105/2021 Điều 41.3");
  open_deadline("user_management.notice", *management_.episode, e.date);
}

void Engine::on_commune_notified(const Event& e) {
  open_deadline("user_management.decision", *management_.episode, e.date);
}

void Engine::on_management_decision(const Event& e) {
  if (state_ == State::under_management) {
    if (!management_.new_use)
      refuse(e, "people.no_new_use",
             "Chỉ ra quyết định quản lý mới khi người đang bị quản lý tiếp tục sử dụng trái phép chất ma túy "
             "(NĐ 105/2021 Điều 43.2)");
    close_episode(*management_.episode, e.date, "new_decision");
    management_.episode = std::nullopt;
  }
  if (!management_.episode) management_.episode = open_episode(EpisodeKind::user_management, e.date);
  const size_t ep = *management_.episode;
  management_.decision = e.date;
  management_.new_use = false;
  episodes_[ep].details["decision_date"] = e.date.iso();
  open_deadline("user_management.end", ep, e.date);  // Rule 13: 1 year from the decision
  open_monthly_checks(ep, e.date, pending_due(ep, "user_management.end"), records_from(e));
  state_ = State::under_management;
}

// Rule 15 (Law 73/2021 Art. 26.2; ND 105/2021 Art. 47): a residence check in every calendar month
// (or period of the pack's interval) from the decision to the end of management.
void Engine::open_monthly_checks(size_t ep, calendar::Date decision, std::optional<calendar::Date> end,
                                 calendar::Date records_from) {
  const rules::RulePack* pack = episode_pack(ep);
  const auto interval = pack ? read_param(*pack, "user_management.residence_check_interval_months") : std::nullopt;
  if (!end || !interval || interval->unknown || interval->value < 1) {
    open_deadline("user_management.residence_check", ep, decision);  // reports why it cannot be scheduled
    return;
  }
  const int months = static_cast<int>(interval->value);
  const calendar::Date first_month(decision.year(), decision.month(), 1);
  for (calendar::Date period = first_month; period <= *end; period = period.add_months(months)) {
    const calendar::Date from = std::max(period, decision);
    const calendar::Date due = std::min(period.add_months(months).add_days(-1), *end);
    if (due < records_from) continue;
    open_deadline("user_management.residence_check", ep, from, {.due = due});
  }
}

void Engine::on_residence_moved(const Event& e) {
  if (state_ == State::post_rehab) {
    open_deadline("post_rehab.move_notice", *post_.episode, e.date);
    return;
  }
  // Rule 15: the remaining time continues at the new residence (ND 105/2021 Art. 43.3).
  const size_t ep = *management_.episode;
  open_deadline("user_management.move_transfer", ep, e.date);
  open_deadline("user_management.move_transfer_24h", ep, e.date);
  open_deadline("user_management.report_new_residence", ep, e.date);
}

void Engine::on_management_stop(const Event& e) {
  const std::string reason(*e.text("reason"));
  close_episode(*management_.episode, e.date, "stopped:" + reason);
  open_deadline("user_management.stop_end_notice", *management_.episode, e.date);
  management_ = Management{};
  state_ = reason == "death" ? State::deceased : State::ended;
}

void Engine::on_management_end(const Event& e) {
  const size_t ep = *management_.episode;
  if (management_.new_use)
    refuse(e, "people.use_detected_during_management",
           "Đã phát hiện sử dụng trong thời gian quản lý: không chấm dứt mà xác định tình trạng nghiện hoặc ra quyết "
           "định quản lý mới (NĐ 105/2021 Điều 43.2, 48.2)");
  for (const auto& d : deadlines_)
    if (d.episode == ep && d.kind == "user_management.end" && d.done_by_event == e.index && d.due && e.date < *d.due)
      refuse(e, "people.period_not_expired",
             "Chưa hết thời hạn quản lý (đến " + d.due->iso() + "), chưa thể chấm dứt (NĐ 105/2021 Điều 48.2)");
  close_episode(ep, e.date, "expired");
  open_deadline("user_management.stop_end_notice", ep, e.date);
  management_ = Management{};
  state_ = State::ended;
}

}  // namespace pcmt::people
