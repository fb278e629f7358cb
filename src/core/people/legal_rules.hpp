#pragma once
// The person-lifecycle rules that are decisions rather than deadlines, as pure functions over
// facts and the rule pack in force. Each throws rules::UnknownRuleValue when the pack does not
// know a value it needs (never a guess).
#include <set>

#include "core/calendar/date.hpp"
#include "core/rules/rule_pack.hpp"

namespace pcmt::people {

// Rule 12 (ND 105/2021 Art. 41.2–41.3): stable residence.
struct ResidenceFacts {
  bool has_registered_residence = false;   // permanent or temporary registration
  bool lives_at_registered = false;        // actually lives there
  int days_at_current_place = 0;           // when there is no registration
  bool confirmed_by_commune_police = false;
};
bool is_stable_residence(const ResidenceFacts& f, const rules::RulePack& pack);

// Rule 17 (TT 18/2021/TT-BYT Arts. 3–4): result from the 6 criteria (numbered 1..6; 6 = withdrawal).
// `duration_met`: the criteria occurred together ≥ 1 month or repeatedly within 12 months.
enum class Diagnosis { addicted, not_addicted, observation };
inline constexpr int kWithdrawalCriterion = 6;
Diagnosis diagnose_addiction(const std::set<int>& criteria, bool duration_met, const rules::RulePack& pack);

// Rule 20 (ND 116/2021 Art. 3.5): self-termination of voluntary rehab / substitution treatment.
struct AbsenceFacts {
  int facility_absence_working_days = 0;
  int substitution_missed_working_days = 0;
  int consecutive_missed_doses = 0;
};
bool is_self_termination(const AbsenceFacts& f, const rules::RulePack& pack);

// Rule 21 (Law 73/2021 Arts. 32–34): which compulsory-rehab track applies.
enum class CompulsoryTrigger {
  voluntary_not_registered_or_failed,  // not registering, not performing, self-terminating
  use_during_voluntary,
  substitution_failure,                // not registering / self-terminating / terminated for violations
  relapse_in_post_rehab,               // adults only (Law Art. 32.4)
};
enum class CompulsoryTrack { not_eligible, minor_court, adult };
CompulsoryTrack compulsory_track(int age, CompulsoryTrigger trigger, const rules::RulePack& pack);
struct MonthRange {
  int min = 0, max = 0;
  bool confirmed = true;
};
MonthRange compulsory_term_range(CompulsoryTrack track, const rules::RulePack& pack);

// Rule 22 (TTLT 03/2025 Art. 7.1.đ): an addiction result can be reused for a compulsory file when
// issued at most 6 months before the filing.
bool addiction_result_reusable(calendar::Date result, calendar::Date filing, const rules::RulePack& pack);

// Rule 27 (ND 105/2021 Art. 46.4): testing a person under 18 needs a guardian's consent unless
// the sample is urine.
enum class Sample { urine, blood, other };
bool test_needs_guardian_consent(int age, Sample sample, const rules::RulePack& pack);

// Rule 29 (ND 90/2016 as consolidated): grounds for forced termination of substitution treatment.
enum class TerminationGround { protocol_breaches, positive_opioid_tests, other_drug_positive, disorderly_acts };
struct TerminationFacts {
  TerminationGround ground;
  int count = 0;                    // breaches, or consecutive positive opioid tests
  int within_months = 0;            // the span the count was observed in
  bool maintenance_reached = false; // positive opioid tests count only after the maintenance dose
};
bool substitution_termination_justified(const TerminationFacts& f, const rules::RulePack& pack);

// Rule 29: a person under 16 needs the written consent of a guardian to start substitution treatment.
bool substitution_needs_guardian_consent(int age, const rules::RulePack& pack);

}  // namespace pcmt::people
