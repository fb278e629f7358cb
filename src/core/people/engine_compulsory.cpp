// Compulsory rehab: the file (ND 116/2021 Arts. 40–43; TTLT 03/2025 Arts. 7–9), the court decision
// and its execution at a facility (Law 73/2021 Arts. 32–39; ND 116/2021 Arts. 44–62) — domain
// rules 21–23, 26.
#include <algorithm>

#include "core/calendar/display.hpp"
#include "core/people/engine.hpp"
#include "core/people/rule_param.hpp"

namespace pcmt::people {

void Engine::on_file_compiled(const Event& e) {
  if (compulsory_.compiled) refuse(e, "people.step_already_recorded", "Hồ sơ đề nghị đã được lập");
  compulsory_.compiled = e.date;
  const size_t ep = *compulsory_.file;
  // Rule 22 (TTLT 03/2025 Art. 7.1.đ): an addiction result older than 6 months must be redone.
  const rules::RulePack* pack = episode_pack(ep);
  const bool reusable = last_addicted_result_ && pack &&
                        check(e, [&] { return addiction_result_reusable(*last_addicted_result_, e.date, *pack); }).value_or(true);
  if (!reusable)
    note(e, "people.addiction_redetermination_needed",
         "Không có kết quả xác định tình trạng nghiện trong vòng 6 tháng trước khi lập hồ sơ: phải xác định lại",
         "TTLT 03/2025 Điều 7.1.đ");
  // The person may read the file for 3 working days; it is forwarded within 1 working day after.
  open_deadline("compulsory.file_forward", ep, e.date);
}

void Engine::on_file_forwarded(const Event& e) {
  if (!compulsory_.compiled) refuse(e, "people.file_not_compiled", "Chưa ghi nhận việc lập xong hồ sơ đề nghị");
  if (compulsory_.forwarded) refuse(e, "people.step_already_recorded", "Hồ sơ đề nghị đã được chuyển");
  compulsory_.forwarded = e.date;
  const size_t ep = *compulsory_.file;
  // Before 1/3/2025 the file went to the district labour office, which checked it in 2 working days.
  const rules::RulePack* pack = episode_pack(ep);
  const auto cutoff = pack ? read_param(*pack, "compulsory.court_direct_from") : std::nullopt;
  if (cutoff && !cutoff->unknown) {
    const auto direct_from = calendar::Date::parse(pack->value("compulsory.court_direct_from").as_string());
    if (direct_from && e.date < *direct_from) open_deadline("compulsory.file_check", ep, e.date);
  }
}

void Engine::on_court_query(const Event& e) {
  if (!compulsory_.forwarded) refuse(e, "people.file_not_forwarded", "Hồ sơ chưa được chuyển đến Tòa án");
  open_deadline("compulsory.court_reply", *compulsory_.file, e.date);
}

void Engine::on_court_decision(const Event& e) {
  if (!compulsory_.forwarded) refuse(e, "people.file_not_forwarded", "Hồ sơ chưa được chuyển đến Tòa án");
  const size_t file = *compulsory_.file;
  if (*e.text("decision") == "rejected") {
    close_episode(file, e.date, "rejected");
    compulsory_ = Compulsory{};
    state_ = State::addicted;
    return;
  }
  const auto term = e.integer("term_months");
  if (!term || *term <= 0) refuse(e, "people.event_field_invalid", "Quyết định đưa vào cơ sở cần \"term_months\" (số tháng)");
  const auto trigger = episodes_[file].details["trigger"].as_string() == "relapse_in_post_rehab"
                           ? CompulsoryTrigger::relapse_in_post_rehab
                           : CompulsoryTrigger::voluntary_not_registered_or_failed;
  check_term(e, *term, trigger, episode_pack(file));
  close_episode(file, e.date, "court_decision");
  const auto pending_since = compulsory_.pending_facility_since;
  compulsory_.stay = open_episode(EpisodeKind::compulsory_stay, e.date);
  compulsory_.term_months = *term;
  compulsory_.pending_facility_since = pending_since;
  episodes_[*compulsory_.stay].details["term_months"] = *term;
  open_deadline("compulsory.escort", *compulsory_.stay, e.date);  // ND 116/2021 Art. 54: within 5 days
  state_ = State::compulsory_decided;
}

// Rule 21: the term must lie in the range of the person's track (by age on the decision).
void Engine::check_term(const Event& e, int term, CompulsoryTrigger trigger, const rules::RulePack* pack) {
  const auto age = age_on(e.date);
  if (!age || !pack) return;
  std::optional<MonthRange> range;
  std::optional<CompulsoryTrack> track;
  check(e, [&] {
    track = compulsory_track(*age, trigger, *pack);
    range = compulsory_term_range(*track, *pack);
    return true;
  });
  if (track == CompulsoryTrack::not_eligible)
    refuse(e, "people.compulsory_not_eligible", "Người này không thuộc diện đưa vào cơ sở cai nghiện bắt buộc theo độ tuổi");
  if (range && (term < range->min || term > range->max)) {
    const std::string text = "Thời hạn " + std::to_string(term) + " tháng ngoài khung " + std::to_string(range->min) + "–" +
                             std::to_string(range->max) + " tháng";
    if (range->confirmed) refuse(e, "people.term_out_of_range", text + " (Luật 73/2021 Điều 33)");
    note(e, "people.term_range_unconfirmed", text + " theo nguồn chưa xác nhận", "Luật Xử lý vi phạm hành chính Điều 95");
  }
}

void Engine::on_pending_management(const Event& e) {
  if (*e.text("place") == "facility" && !compulsory_.pending_facility_since) compulsory_.pending_facility_since = e.date;
  const size_t ep = compulsory_.stay ? *compulsory_.stay : *compulsory_.file;
  episodes_[ep].details["pending_management"] = std::string(*e.text("place"));
}

void Engine::on_admission_deferred(const Event& e) {
  const size_t ep = *compulsory_.stay;
  for (auto& d : deadlines_)
    if (d.episode == ep && d.kind == "compulsory.escort" && d.status == DeadlineStatus::pending)
      d.status = DeadlineStatus::superseded;
  open_deadline("compulsory.escort_extended", ep, episodes_[ep].start);  // ≤ 3 months (ND 116/2021 Art. 54)
}

void Engine::on_postponed(const Event& e) {
  const size_t ep = *compulsory_.stay;
  for (auto& d : deadlines_)
    if (d.episode == ep && d.status == DeadlineStatus::pending) d.status = DeadlineStatus::superseded;
  episodes_[ep].details["postponed_on"] = e.date.iso();
  state_ = State::compulsory_postponed;
}

void Engine::on_exempted(const Event& e) {
  close_episode(*compulsory_.stay, e.date, "exempted");
  compulsory_ = Compulsory{};
  state_ = State::ended;
}

void Engine::on_admission(const Event& e) {
  compulsory_.admission = e.date;
  if (compulsory_.pending_facility_since)  // Rule 23: time managed at a facility before admission is deducted
    compulsory_.deducted_days = compulsory_.pending_facility_since->days_until(e.date);
  episodes_[*compulsory_.stay].details["admission"] = e.date.iso();
  state_ = State::compulsory_facility;
  refresh_term_deadlines();
}

// Whether the person is an adult on the event's date (the 2-year post-rehab term after compulsory
// rehab, Law 73/2021 Art. 40.1); std::nullopt without a birth date or a pack.
std::optional<bool> Engine::adult_on(const Event& e) {
  const auto age = age_on(e.date);
  const rules::RulePack* pack = pack_on(e.date);
  if (!age || !pack) return std::nullopt;
  return check(e, [&] { return *age >= pack->integer("compulsory.adult_min_age"); });
}

// Rule 23: term from admission, less reductions and the time deducted, plus the days that do
// not count (absconding, ND 116/2021 Art. 56.4; suspension, Art. 58).
calendar::Date Engine::term_end() const {
  return compulsory_.admission->add_months(compulsory_.term_months - compulsory_.reduction_months)
      .add_days(compulsory_.not_counted_days - compulsory_.deducted_days);
}

void Engine::refresh_term_deadlines() {
  const size_t ep = *compulsory_.stay;
  drop_pending(ep, {"compulsory.term_end", "compulsory.release_notice", "compulsory.review"});
  if (state_ != State::compulsory_facility) return;  // suspended or absconded: the end is not known yet
  const calendar::Date end = term_end();
  episodes_[ep].details["term_end"] = end.iso();
  open_deadline("compulsory.term_end", ep, *compulsory_.admission, {.due = end});
  open_deadline("compulsory.release_notice", ep, end);  // ≥ 15 days before (ND 116/2021 Art. 62)
  // Reviews every 3 months from admission (Law 73/2021 Art. 39; ND 116/2021 Art. 58), keeping the
  // periods already reviewed.
  const rules::RulePack* pack = episode_pack(ep);
  const auto interval = pack ? read_param(*pack, "compulsory.review_interval_months") : std::nullopt;
  if (!interval || interval->unknown || interval->value < 1) {
    open_deadline("compulsory.review", ep, *compulsory_.admission);
    return;
  }
  const int months = static_cast<int>(interval->value);
  for (int k = 1; compulsory_.admission->add_months(k * months) < end; ++k) {
    const calendar::Date due = compulsory_.admission->add_months(k * months);
    if (compulsory_.records_from && due < *compulsory_.records_from) continue;  // kept in the earlier records
    const bool reviewed = std::any_of(deadlines_.begin(), deadlines_.end(), [&](const Deadline& d) {
      return d.episode == ep && d.kind == "compulsory.review" && d.due == due;
    });
    if (reviewed) continue;
    open_deadline("compulsory.review", ep, compulsory_.admission->add_months((k - 1) * months).add_days(1), {.due = due});
  }
}

void Engine::on_reduction(const Event& e) {
  // Rule 23 (Law 73/2021 Art. 39; ND 116/2021 Art. 58).
  const rules::RulePack* pack = episode_pack(*compulsory_.stay);
  const int months = *e.integer("months");
  const bool merit = e.boolean("merit").value_or(false);
  if (pack) {
    const std::string prefix = merit ? "compulsory.reduction_merit_" : "compulsory.reduction_";
    if (check(e, [&] { return months < pack->integer(prefix + "min_months") || months > pack->integer(prefix + "max_months"); }) == true)
      refuse(e, "people.reduction_out_of_range",
             "Mức giảm " + std::to_string(months) + " tháng ngoài khung " + std::to_string(pack->integer(prefix + "min_months")) +
                 "–" + std::to_string(pack->integer(prefix + "max_months")) + " tháng (NĐ 116/2021 Điều 58)");
    if (check(e, [&] { return *e.integer("recent_good_months") < pack->integer("compulsory.reduction_recent_good_months"); }) == true)
      refuse(e, "people.reduction_not_eligible", "Cần 3 tháng liền kề được xếp loại khá trở lên (NĐ 116/2021 Điều 58)");
    const int served = compulsory_.admission->days_until(e.date) + compulsory_.deducted_days - compulsory_.not_counted_days;
    const int term_days = compulsory_.admission->days_until(compulsory_.admission->add_months(compulsory_.term_months));
    if (check(e, [&] { return served < pack->number("compulsory.reduction_min_served_ratio") * term_days; }) == true)
      refuse(e, "people.reduction_not_eligible", "Chưa chấp hành được một nửa thời hạn (Luật 73/2021 Điều 39)");
  }
  compulsory_.reduction_months += months;
  refresh_term_deadlines();
}

void Engine::on_suspension(const Event& e) {
  const rules::RulePack* pack = episode_pack(*compulsory_.stay);
  if (pack && check(e, [&] { return *e.integer("inpatient_days") <= pack->integer("compulsory.suspension_inpatient_min_days"); }) == true)
    refuse(e, "people.suspension_not_eligible", "Chỉ tạm đình chỉ khi phải điều trị nội trú quá 10 ngày (NĐ 116/2021 Điều 58)");
  compulsory_.suspended_since = e.date;
  episodes_[*compulsory_.stay].details["remaining_days_at_suspension"] = e.date.days_until(term_end());
  state_ = State::compulsory_suspended;
  refresh_term_deadlines();
}

void Engine::on_resumption(const Event& e) {
  const size_t ep = *compulsory_.stay;
  const rules::RulePack* pack = episode_pack(ep);
  const calendar::Date end_at_suspension = term_end();
  if (pack && check(e, [&] {
        return compulsory_.suspended_since->add_months(static_cast<int>(pack->integer("compulsory.resume_min_remaining_months"))) >
               end_at_suspension;
      }) == true)
    refuse(e, "people.remaining_term_too_short",
           "Thời hạn còn lại dưới 3 tháng: được miễn chấp hành phần còn lại (compulsory_exempted), không tiếp tục "
           "(NĐ 116/2021 Điều 58)");
  compulsory_.not_counted_days += compulsory_.suspended_since->days_until(e.date);
  compulsory_.suspended_since = std::nullopt;
  state_ = State::compulsory_facility;
  refresh_term_deadlines();
}

void Engine::on_absconded(const Event& e) {
  compulsory_.absconded_since = e.date;
  state_ = State::compulsory_absconded;
  refresh_term_deadlines();
}

void Engine::on_returned(const Event& e) {
  compulsory_.not_counted_days += compulsory_.absconded_since->days_until(e.date);  // ND 116/2021 Art. 56.4
  compulsory_.absconded_since = std::nullopt;
  state_ = State::compulsory_facility;
  refresh_term_deadlines();
}

void Engine::on_release(const Event& e) {
  const calendar::Date end = term_end();
  if (e.date < end)
    refuse(e, "people.term_not_served", "Chưa hết thời hạn cai nghiện bắt buộc (đến " + calendar::dmy(end) + ")");
  close_episode(*compulsory_.stay, e.date, "completed");
  const auto adult = adult_on(e);
  compulsory_ = Compulsory{};
  completed(e, "compulsory", adult.value_or(false));
  post_.age_unknown = !adult.has_value();
  open_deadline("compulsory.return_report", *post_.episode, e.date);  // Rule 26
}

}  // namespace pcmt::people
