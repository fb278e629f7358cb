// Addiction determination and what follows it: Law 73/2021 Art. 27; ND 109/2021; TT 18/2021/TT-BYT;
// ND 116/2021 Arts. 3.6, 28 (domain rules 16–18, 21, 25).
#include <algorithm>

#include "core/people/engine.hpp"

namespace pcmt::people {

void Engine::on_addiction_request(const Event& e) {
  if (assessment_)
    refuse(e, "people.assessment_already_open", "Đang có một đề nghị xác định tình trạng nghiện chưa có kết quả");
  assessment_ = open_episode(EpisodeKind::addiction_determination, e.date);
  open_deadline("addiction.result", *assessment_, e.date);  // Rule 16: ≤ 5 days after the person is received
  if (e.boolean("custody_without_facility").value_or(false)) open_deadline("addiction.staff_dispatch", *assessment_, e.date);
}

Diagnosis Engine::diagnosis_of(const Event& e) {
  std::optional<Diagnosis> stated;
  if (const auto r = e.text("result"))
    stated = *r == "addicted" ? Diagnosis::addicted : *r == "not_addicted" ? Diagnosis::not_addicted : Diagnosis::observation;
  if (!e.fields.contains("criteria")) {
    if (!stated) refuse(e, "people.addiction_result_missing", "Cần \"result\" hoặc danh sách \"criteria\" (1–6)");
    return *stated;
  }
  const auto list = e.integers("criteria");
  if (std::any_of(list.begin(), list.end(), [](int c) { return c < 1 || c > 6; }))
    refuse(e, "people.event_field_invalid", "Các tiêu chí chẩn đoán được đánh số từ 1 đến 6 (TT 18/2021/TT-BYT Điều 3)");
  const std::set<int> criteria(list.begin(), list.end());
  const rules::RulePack* pack = assessment_ ? episode_pack(*assessment_) : pack_on(e.date);
  std::optional<Diagnosis> computed;
  try {
    if (pack) computed = diagnose_addiction(criteria, e.boolean("duration_met").value_or(true), *pack);
  } catch (const rules::UnknownRuleValue& unknown) {
    if (!stated) refuse(e, "people.rule_value_unknown", std::string("Chưa thể kết luận từ các tiêu chí: ") + unknown.what());
  }
  if (stated && computed && *stated != *computed)
    refuse(e, "people.addiction_result_inconsistent",
           "Kết luận không khớp với số tiêu chí đã ghi nhận (TT 18/2021/TT-BYT Điều 3–4)");
  if (!stated && !computed) refuse(e, "people.addiction_result_missing", "Không có gói quy tắc để kết luận từ các tiêu chí");
  return stated ? *stated : *computed;
}

void Engine::on_addiction_result(const Event& e) {
  const Diagnosis diagnosis = diagnosis_of(e);
  if (diagnosis == Diagnosis::observation) {  // TT 18/2021 Art. 4: keep observing, the request stays open
    if (!assessment_) assessment_ = open_episode(EpisodeKind::addiction_determination, e.date);
    return;
  }
  const size_t ep = assessment_ ? *assessment_ : open_episode(EpisodeKind::addiction_determination, e.date);
  const bool addicted = diagnosis == Diagnosis::addicted;
  episodes_[ep].details["result"] = addicted ? "addicted" : "not_addicted";
  close_episode(ep, e.date, addicted ? "addicted" : "not_addicted");
  assessment_ = std::nullopt;
  if (addicted) on_addicted(e, state_);
}

void Engine::on_addicted(const Event& e, State origin) {
  last_addicted_result_ = e.date;
  if (completed_rehab_before_) {  // Rule 25 (ND 116/2021 Art. 3.6)
    const size_t relapse = open_episode(EpisodeKind::relapse, e.date);
    close_episode(relapse, e.date, "relapse");
  }
  switch (origin) {
    case State::detected:
      close_episode(*management_.episode, e.date, "addicted");
      management_ = Management{};
      break;
    case State::under_management:  // Rule 14: determined addicted → stop management
      close_episode(*management_.episode, e.date, "stopped:addicted");
      open_deadline("user_management.stop_end_notice", *management_.episode, e.date);
      management_ = Management{};
      break;
    case State::post_rehab: {
      close_episode(*post_.episode, e.date, "relapse");
      post_ = PostRehab{};
      // Rule 21/25: an adult who relapses during post-rehab goes to compulsory rehab (Law Art. 32.4).
      const auto age = age_on(e.date);
      if (!age) {
        note(e, "people.birth_date_needed",
             "Cần ngày sinh để xác định người tái nghiện trong thời gian quản lý sau cai có thuộc diện cai nghiện bắt "
             "buộc (từ đủ 18 tuổi) hay không",
             "Luật 73/2021 Điều 32.4");
        break;
      }
      const rules::RulePack* pack = pack_on(e.date);
      const auto track = pack ? check(e, [&] {
        return compulsory_track(*age, CompulsoryTrigger::relapse_in_post_rehab, *pack) == CompulsoryTrack::adult;
      }) : std::nullopt;
      if (track.value_or(false)) {
        start_compulsory_file(e, CompulsoryTrigger::relapse_in_post_rehab);
        return;
      }
      break;
    }
    default:
      break;
  }
  open_registration(e);
  state_ = State::addicted;
}

// Rule 18 (ND 116/2021 Art. 28.1): an addict aged ≥ 12 registers within 5 working days.
void Engine::open_registration(const Event& e) {
  registration_ = open_episode(EpisodeKind::rehab_registration, e.date);
  const auto age = age_on(e.date);
  const rules::RulePack* pack = episode_pack(*registration_);
  const bool below_min_age =
      age && pack && check(e, [&] { return *age < pack->integer("registration.min_age_years"); }).value_or(false);
  if (!below_min_age) open_deadline("registration.deadline", *registration_, e.date);
}

}  // namespace pcmt::people
