// The person rules that are decisions, as pure functions — domain rules 12, 17, 20, 21, 22, 27,
// 29, 39 — evaluated with the Law 73/2021 pack.
#include "core/people/age_band.hpp"
#include "core/people/legal_rules.hpp"
#include "people_test_support.hpp"

using namespace people_test;

namespace {
const pcmt::rules::RulePack& law73() { return book().in_force("people", "2025-01-01"); }
const pcmt::rules::RulePack& law120() { return book().in_force("people", "2026-07-01"); }
}  // namespace

TEST(PeopleRules, Rule12_StableResidence_ND105Art41_2_3) {
  EXPECT_TRUE(is_stable_residence({true, true, 0, false}, law73()));
  EXPECT_FALSE(is_stable_residence({true, false, 400, true}, law73()));  // registered but not living there
  EXPECT_TRUE(is_stable_residence({false, false, 30, true}, law73()));
  EXPECT_FALSE(is_stable_residence({false, false, 29, true}, law73()));
  EXPECT_FALSE(is_stable_residence({false, false, 90, false}, law73()));  // not confirmed by commune police
  EXPECT_THROW(is_stable_residence({false, false, 90, true}, law120()), pcmt::rules::UnknownRuleValue);
}

TEST(PeopleRules, Rule17_Diagnosis_TT18Art3_4) {
  EXPECT_EQ(diagnose_addiction({1, 2, 3}, true, law73()), Diagnosis::addicted);
  EXPECT_EQ(diagnose_addiction({1, 2, 3, 4, 5, 6}, true, law73()), Diagnosis::addicted);
  EXPECT_EQ(diagnose_addiction({1, 2, 3}, false, law73()), Diagnosis::observation);
  EXPECT_EQ(diagnose_addiction({1, 2}, true, law73()), Diagnosis::observation);
  EXPECT_EQ(diagnose_addiction({3, 6}, true, law73()), Diagnosis::not_addicted);
  EXPECT_EQ(diagnose_addiction({4}, true, law73()), Diagnosis::not_addicted);
  EXPECT_EQ(diagnose_addiction({}, true, law73()), Diagnosis::not_addicted);
}

TEST(PeopleRules, Rule20_SelfTermination_ND116Art3_5) {
  EXPECT_FALSE(is_self_termination({4, 4, 9}, law73()));
  EXPECT_TRUE(is_self_termination({5, 0, 0}, law73()));
  EXPECT_TRUE(is_self_termination({0, 5, 0}, law73()));
  EXPECT_TRUE(is_self_termination({0, 0, 10}, law73()));
}

TEST(PeopleRules, Rule21_CompulsoryTrack_Law73Art32_33) {
  using T = CompulsoryTrigger;
  EXPECT_EQ(compulsory_track(11, T::voluntary_not_registered_or_failed, law73()), CompulsoryTrack::not_eligible);
  EXPECT_EQ(compulsory_track(12, T::use_during_voluntary, law73()), CompulsoryTrack::minor_court);
  EXPECT_EQ(compulsory_track(17, T::substitution_failure, law73()), CompulsoryTrack::minor_court);
  EXPECT_EQ(compulsory_track(17, T::relapse_in_post_rehab, law73()), CompulsoryTrack::not_eligible);
  EXPECT_EQ(compulsory_track(18, T::relapse_in_post_rehab, law73()), CompulsoryTrack::adult);
  const auto minor = compulsory_term_range(CompulsoryTrack::minor_court, law73());
  EXPECT_EQ(minor.min, 6);
  EXPECT_EQ(minor.max, 12);
  EXPECT_TRUE(minor.confirmed);
  const auto adult = compulsory_term_range(CompulsoryTrack::adult, law73());
  EXPECT_EQ(adult.min, 12);
  EXPECT_EQ(adult.max, 24);
  EXPECT_FALSE(adult.confirmed);  // Luật XLVPHC Art. 95, UNCONFIRMED
}

TEST(PeopleRules, Rule22_AddictionResultReusableFor6Months_TTLT03Art7_1dd) {
  EXPECT_TRUE(addiction_result_reusable(d("2025-01-15"), d("2025-07-15"), law73()));
  EXPECT_FALSE(addiction_result_reusable(d("2025-01-15"), d("2025-07-16"), law73()));
  EXPECT_FALSE(addiction_result_reusable(d("2025-07-16"), d("2025-07-15"), law73()));
}

TEST(PeopleRules, Rule27_GuardianConsentForMinorsExceptUrine_ND105Art46_4) {
  EXPECT_TRUE(test_needs_guardian_consent(17, Sample::blood, law73()));
  EXPECT_FALSE(test_needs_guardian_consent(17, Sample::urine, law73()));
  EXPECT_FALSE(test_needs_guardian_consent(18, Sample::blood, law73()));
}

TEST(PeopleRules, Rule29_SubstitutionConsentAndTermination) {
  EXPECT_TRUE(substitution_needs_guardian_consent(15, law73()));
  EXPECT_FALSE(substitution_needs_guardian_consent(16, law73()));
  EXPECT_TRUE(substitution_termination_justified({TerminationGround::protocol_breaches, 2, 6, false}, law73()));
  EXPECT_FALSE(substitution_termination_justified({TerminationGround::protocol_breaches, 2, 7, false}, law73()));
  EXPECT_FALSE(substitution_termination_justified({TerminationGround::positive_opioid_tests, 2, 3, false}, law73()));
  EXPECT_TRUE(substitution_termination_justified({TerminationGround::positive_opioid_tests, 2, 3, true}, law73()));
  EXPECT_FALSE(substitution_termination_justified({TerminationGround::positive_opioid_tests, 1, 3, true}, law73()));
  EXPECT_TRUE(substitution_termination_justified({TerminationGround::disorderly_acts, 0, 0, false}, law73()));
}

TEST(PeopleRules, Rule39_AgeBands_QD13_2019) {
  const Date on = d("2026-05-15");
  EXPECT_EQ(age_band(d("2012-05-16"), on), AgeBand::under_14);        // 13
  EXPECT_EQ(age_band(d("2012-05-15"), on), AgeBand::from_14_to_16);   // 14 today
  EXPECT_EQ(age_band(d("2010-05-15"), on), AgeBand::from_16_to_18);
  EXPECT_EQ(age_band(d("2008-05-16"), on), AgeBand::from_16_to_18);   // 17
  EXPECT_EQ(age_band(d("2008-05-15"), on), AgeBand::from_18_to_30);   // 18
  EXPECT_EQ(age_band(d("1996-05-16"), on), AgeBand::from_18_to_30);   // 29
  EXPECT_EQ(age_band(d("1996-05-15"), on), AgeBand::from_30);         // 30
  EXPECT_FALSE(age_band(d("2027-01-01"), on).has_value());
  EXPECT_EQ(age_band_code(AgeBand::from_14_to_16), "14_16");
  EXPECT_EQ(age_band_label(AgeBand::under_14), "Dưới 14 tuổi");
}
