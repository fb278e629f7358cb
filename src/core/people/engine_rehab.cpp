// Registration, voluntary rehab and substitution treatment, and the violations that lead to a
// compulsory-rehab file: Law 73/2021 Arts. 28–33, 41; ND 116/2021 Arts. 3, 28–38; ND 90/2016
// (domain rules 18–21, 29).
#include <algorithm>

#include "core/people/engine.hpp"
#include "core/people/rule_param.hpp"

namespace pcmt::people {
namespace {

EpisodeKind rehab_kind(std::string_view form) {
  if (form == "home") return EpisodeKind::voluntary_rehab_home;
  if (form == "facility") return EpisodeKind::voluntary_rehab_facility;
  return EpisodeKind::substitution_treatment;
}

State rehab_state(std::string_view form) {
  if (form == "home") return State::voluntary_home;
  if (form == "facility") return State::voluntary_facility;
  return State::substitution;
}

}  // namespace

void Engine::on_registration(const Event& e) {
  if (!registration_) registration_ = open_episode(EpisodeKind::rehab_registration, e.date);
  const std::string_view form = *e.text("form");
  episodes_[*registration_].details["form"] = form;
  // Home/community rehab and substitution are decided by the commune chairman (ND 116/2021 Art. 30).
  if (form != "facility") open_deadline("registration.decision", *registration_, e.date);
  state_ = State::registered;
}

void Engine::on_rehab_decision(const Event& e) {
  open_deadline("registration.start", *registration_, e.date);  // ND 116/2021 Art. 3.3–3.4
}

void Engine::on_rehab_start(const Event& e) {
  const std::string form(*e.text("form"));
  const auto age = age_on(e.date);
  const rules::RulePack* pack = pack_on(e.date);
  if (form == "substitution" && age && pack &&
      check(e, [&] { return substitution_needs_guardian_consent(*age, *pack); }).value_or(false)) {
    const auto consent = e.boolean("guardian_consent");
    if (consent == false)  // Rule 29
      refuse(e, "people.guardian_consent_missing",
             "Người dưới 16 tuổi cần có sự đồng ý bằng văn bản của cha, mẹ hoặc người giám hộ để điều trị thay thế");
    if (!consent)
      note(e, "people.guardian_consent_required",
           "Người dưới 16 tuổi: cần lưu văn bản đồng ý của cha, mẹ hoặc người giám hộ", "NĐ 90/2016/NĐ-CP");
  }
  if (registration_) {
    close_episode(*registration_, e.date, "started");
    registration_ = std::nullopt;
  }
  open_rehab(e, form);
  open_deadline(form == "substitution" ? "substitution.facility_notice" : "voluntary_rehab.provider_notice", *rehab_, e.date);
}

// The voluntary-rehab or substitution episode of `form` from the event's date, with the planned
// end of voluntary rehab (Rule 19) and a maintenance window not yet open.
void Engine::open_rehab(const Event& e, std::string_view form) {
  const auto planned = e.integer("planned_months");
  if (planned && form != "substitution") check_planned_months(e, form, *planned);
  rehab_ = open_episode(rehab_kind(form), e.date);
  if (planned) {
    episodes_[*rehab_].details["planned_months"] = *planned;
    if (form != "substitution") open_deadline("voluntary_rehab.planned_end", *rehab_, e.date, {.due = e.date.add_months(*planned)});
  }
  maintenance_since_ = std::nullopt;
  state_ = rehab_state(form);
}

// Rule 19 (Law 73/2021 Arts. 30.2, 31.1): voluntary rehab lasts 6–12 months.
void Engine::check_planned_months(const Event& e, std::string_view form, int planned) {
  const rules::RulePack* pack = pack_on(e.date);
  if (!pack) return;
  const std::string prefix = "voluntary_rehab." + std::string(form);
  const auto in_range = check(e, [&] {
    return planned >= pack->integer(prefix + "_min_months") && planned <= pack->integer(prefix + "_max_months");
  });
  if (in_range == false)
    refuse(e, "people.rehab_duration_out_of_range",
           "Thời gian cai nghiện tự nguyện phải từ " + std::to_string(pack->integer(prefix + "_min_months")) + " đến " +
               std::to_string(pack->integer(prefix + "_max_months")) + " tháng (Luật 73/2021 Điều 30.2, 31.1)");
}

void Engine::on_rehab_complete(const Event& e) {
  if (e.fields.contains("stages")) {  // Rule 19 (Law 73/2021 Art. 29): voluntary rehab completes stages a–c
    const auto stages = e.texts("stages");
    for (const char* required : {"a", "b", "c"})
      if (std::find(stages.begin(), stages.end(), required) == stages.end())
        refuse(e, "people.stages_incomplete",
               std::string("Chưa hoàn thành giai đoạn ") + required +
                   " của quy trình cai nghiện (cai nghiện tự nguyện phải hoàn thành các giai đoạn a, b, c — Luật 73/2021 "
                   "Điều 29)");
  }
  const size_t ep = *rehab_;
  close_episode(ep, e.date, "completed");
  open_deadline("voluntary_rehab.provider_notice", ep, e.date);
  rehab_ = std::nullopt;
  completed(e, "voluntary", false);
}

void Engine::on_substitution_phase(const Event& e) {
  const std::string phase(*e.text("phase"));
  episodes_[*rehab_].details["phase"] = phase;
  if (phase == "maintenance" && !maintenance_since_) maintenance_since_ = e.date;
}

void Engine::on_substitution_stop(const Event& e) {
  const std::string reason(*e.text("reason"));
  const rules::RulePack* pack = episode_pack(*rehab_);
  if (reason == "forced_termination") {  // Rule 29
    const auto ground = e.text("ground");
    if (!ground) refuse(e, "people.event_field_invalid", "Chấm dứt điều trị bắt buộc cần trường \"ground\"");
    TerminationFacts f{TerminationGround::disorderly_acts, e.integer("count").value_or(0), e.integer("within_months").value_or(0),
                       maintenance_since_.has_value()};
    if (*ground == "protocol_breaches") f.ground = TerminationGround::protocol_breaches;
    if (*ground == "positive_opioid_tests") f.ground = TerminationGround::positive_opioid_tests;
    if (*ground == "other_drug_positive") f.ground = TerminationGround::other_drug_positive;
    if (pack && check(e, [&] { return substitution_termination_justified(f, *pack); }) == false)
      refuse(e, "people.termination_not_justified",
             "Chưa đủ căn cứ chấm dứt điều trị: vi phạm từ 2 lần trong 6 tháng, hoặc 2 lần liên tiếp dương tính với chất "
             "dạng thuốc phiện trong 12 tháng sau khi đạt liều duy trì");
  }
  if (reason == "self_terminated" && (e.fields.contains("missed_working_days") || e.fields.contains("consecutive_missed_doses"))) {
    const AbsenceFacts f{0, e.integer("missed_working_days").value_or(0), e.integer("consecutive_missed_doses").value_or(0)};
    if (pack && check(e, [&] { return is_self_termination(f, *pack); }) == false)  // Rule 20
      refuse(e, "people.not_self_termination",
             "Chưa đủ căn cứ tự ý chấm dứt: bỏ điều trị từ 5 ngày làm việc hoặc 10 liệu trình liên tục (NĐ 116/2021 Điều 3.5)");
  }
  const size_t ep = *rehab_;
  close_episode(ep, e.date, reason);
  open_deadline("substitution.facility_notice", ep, e.date);  // ND 116/2021 Art. 28.2
  rehab_ = std::nullopt;
  if (reason == "completed") {
    completed(e, "substitution", false);
  } else if (reason == "forced_termination" || reason == "self_terminated") {
    note(e, "people.violation_report_required",
         "Tự ý chấm dứt hoặc bị chấm dứt điều trị thay thế do vi phạm: lập biên bản vi phạm (Mẫu 27) làm căn cứ lập hồ sơ "
         "cai nghiện bắt buộc",
         "Luật 73/2021 Điều 32.3; NĐ 116/2021 Điều 33");
    state_ = State::addicted;
  } else {
    state_ = reason == "death" ? State::deceased : State::ended;
  }
}

void Engine::on_violation_report(const Event& e) {
  const std::string reason(*e.text("reason"));
  // The violation must fit the state: Law 73/2021 Arts. 32.1–32.3; ND 116/2021 Art. 3.3–3.5.
  const bool fits = (reason == "not_registered" && state_ == State::addicted) ||
                    (reason == "substitution_failure" && state_ == State::addicted) ||
                    (reason == "not_started" && state_ == State::registered) ||
                    ((reason == "self_terminated" || reason == "use_during_rehab") &&
                     (state_ == State::voluntary_home || state_ == State::voluntary_facility));
  if (!fits)
    refuse(e, "people.violation_reason_mismatch",
           "Lý do vi phạm \"" + reason + "\" không phù hợp với trạng thái \"" + std::string(state_label_vi(state_)) + "\"");
  if (reason == "self_terminated" && state_ == State::voluntary_facility && e.fields.contains("absent_working_days")) {
    const rules::RulePack* pack = episode_pack(*rehab_);
    const AbsenceFacts f{*e.integer("absent_working_days"), 0, 0};
    if (pack && check(e, [&] { return is_self_termination(f, *pack); }) == false)  // Rule 20
      refuse(e, "people.not_self_termination",
             "Chưa đủ căn cứ tự ý chấm dứt: bỏ khỏi cơ sở từ 5 ngày làm việc (NĐ 116/2021 Điều 3.5)");
  }
  const CompulsoryTrigger trigger = reason == "use_during_rehab"       ? CompulsoryTrigger::use_during_voluntary
                                    : reason == "substitution_failure" ? CompulsoryTrigger::substitution_failure
                                                                       : CompulsoryTrigger::voluntary_not_registered_or_failed;
  if (const auto age = age_on(e.date)) {  // Rule 21: under 12 is never eligible
    const rules::RulePack* pack = pack_on(e.date);
    if (pack && check(e, [&] { return compulsory_track(*age, trigger, *pack) == CompulsoryTrack::not_eligible; }) == true)
      refuse(e, "people.compulsory_not_eligible",
             "Người dưới 12 tuổi không thuộc diện áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc (Luật 73/2021 Điều 32–33)");
  }
  if (registration_) {
    close_episode(*registration_, e.date, "violation:" + reason);
    registration_ = std::nullopt;
  }
  if (rehab_) {
    close_episode(*rehab_, e.date, "violation:" + reason);
    if (reason == "self_terminated") open_deadline("voluntary_rehab.provider_notice", *rehab_, e.date);
    rehab_ = std::nullopt;
  }
  start_compulsory_file(e, trigger);
}

// Rule 22: the file is compiled within 5 working days of detecting the case.
void Engine::start_compulsory_file(const Event& e, CompulsoryTrigger trigger) {
  compulsory_ = Compulsory{};
  compulsory_.file = open_episode(EpisodeKind::compulsory_file, e.date);
  episodes_[*compulsory_.file].details["trigger"] = trigger == CompulsoryTrigger::relapse_in_post_rehab ? "relapse_in_post_rehab"
                                                    : trigger == CompulsoryTrigger::use_during_voluntary ? "use_during_voluntary"
                                                    : trigger == CompulsoryTrigger::substitution_failure ? "substitution_failure"
                                                                                                          : "voluntary_failure";
  open_deadline("compulsory.file_compile", *compulsory_.file, e.date);
  state_ = State::compulsory_file;
}

// Rule 24: post-rehab management starts at completion; the person reports, the police propose,
// the chairman decides.
void Engine::completed(const Event& e, std::string_view how, bool adult_compulsory) {
  completed_rehab_before_ = true;
  post_ = PostRehab{};
  post_.episode = open_episode(EpisodeKind::post_rehab, e.date);
  post_.completion = e.date;
  post_.adult_compulsory = adult_compulsory;
  episodes_[*post_.episode].details["completed"] = std::string(how);
  state_ = State::post_rehab_pending;
}

}  // namespace pcmt::people
