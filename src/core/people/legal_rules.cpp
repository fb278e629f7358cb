#include "core/people/legal_rules.hpp"

#include "core/people/rule_param.hpp"

namespace pcmt::people {

bool is_stable_residence(const ResidenceFacts& f, const rules::RulePack& pack) {
  if (f.has_registered_residence) return f.lives_at_registered;
  return f.days_at_current_place >= pack.integer("residence.stable_min_days") && f.confirmed_by_commune_police;
}

Diagnosis diagnose_addiction(const std::set<int>& criteria, bool duration_met, const rules::RulePack& pack) {
  const auto n = static_cast<int64_t>(criteria.size());
  if (n >= pack.integer("addiction.addicted_min_criteria"))
    return duration_met ? Diagnosis::addicted : Diagnosis::observation;
  const bool withdrawal = criteria.count(kWithdrawalCriterion) > 0;
  if (n == 2 && !withdrawal) return Diagnosis::observation;  // TT 18/2021 Art. 4: further clinical observation
  return Diagnosis::not_addicted;                           // 0 or 1 criterion, or 2 including withdrawal
}

bool is_self_termination(const AbsenceFacts& f, const rules::RulePack& pack) {
  return f.facility_absence_working_days >= pack.integer("self_termination.facility_absence_wd") ||
         f.substitution_missed_working_days >= pack.integer("self_termination.substitution_missed_wd") ||
         f.consecutive_missed_doses >= pack.integer("self_termination.consecutive_missed_doses");
}

CompulsoryTrack compulsory_track(int age, CompulsoryTrigger trigger, const rules::RulePack& pack) {
  if (age >= pack.integer("compulsory.adult_min_age")) return CompulsoryTrack::adult;
  if (age < pack.integer("compulsory.minor_min_age")) return CompulsoryTrack::not_eligible;
  // Minors: only the voluntary / substitution failures (Law Art. 33), not relapse in post-rehab.
  return trigger == CompulsoryTrigger::relapse_in_post_rehab ? CompulsoryTrack::not_eligible
                                                              : CompulsoryTrack::minor_court;
}

MonthRange compulsory_term_range(CompulsoryTrack track, const rules::RulePack& pack) {
  auto confirmed = [&](const char* name) { return read_param(pack, name)->confirmed; };
  switch (track) {
    case CompulsoryTrack::adult:
      return {static_cast<int>(pack.integer("compulsory.adult_term_min_months")),
              static_cast<int>(pack.integer("compulsory.adult_term_max_months")),
              confirmed("compulsory.adult_term_min_months") && confirmed("compulsory.adult_term_max_months")};
    case CompulsoryTrack::minor_court:
      return {static_cast<int>(pack.integer("compulsory.minor_term_min_months")),
              static_cast<int>(pack.integer("compulsory.minor_term_max_months")), true};
    case CompulsoryTrack::not_eligible:
      break;
  }
  return {0, 0, true};
}

bool addiction_result_reusable(calendar::Date result, calendar::Date filing, const rules::RulePack& pack) {
  const auto months = static_cast<int>(pack.integer("compulsory.addiction_result_reuse_months"));
  return result <= filing && filing <= result.add_months(months);
}

bool test_needs_guardian_consent(int age, Sample sample, const rules::RulePack& pack) {
  return sample != Sample::urine && age < pack.integer("testing.guardian_consent_below_age");
}

bool substitution_termination_justified(const TerminationFacts& f, const rules::RulePack& pack) {
  switch (f.ground) {
    case TerminationGround::protocol_breaches:
      return f.count >= pack.integer("substitution.termination_protocol_breaches") &&
             f.within_months <= pack.integer("substitution.termination_protocol_window_months");
    case TerminationGround::positive_opioid_tests:
      return f.maintenance_reached && f.count >= pack.integer("substitution.termination_positive_opioid_tests") &&
             f.within_months <= pack.integer("substitution.termination_positive_window_months");
    case TerminationGround::other_drug_positive:
    case TerminationGround::disorderly_acts:
      return true;
  }
  return false;
}

bool substitution_needs_guardian_consent(int age, const rules::RulePack& pack) {
  return age < pack.integer("substitution.guardian_consent_below_age");
}

}  // namespace pcmt::people
