// Addiction determination, registration, voluntary rehab and substitution treatment — domain
// rules 16–20, 25, 29; Law 73/2021 Arts. 27–31, 41; ND 116/2021 Arts. 3, 28–33; TT 18/2021/TT-BYT.
#include "people_test_support.hpp"

using namespace people_test;

namespace {
// An adult addicted on Monday 9/6/2025.
const std::string kAddicted = R"(
    {"type": "addiction_request", "date": "2025-06-02"},
    {"type": "addiction_result", "date": "2025-06-09", "result": "addicted"})";
std::string with(const std::string& tail) { return "[" + kAddicted + (tail.empty() ? "" : "," + tail) + "]"; }
const Date kAdultBirth = *Date::parse("1990-01-01");
}  // namespace

TEST(PeopleAddiction, Rule16_ResultDueWithin5DaysRolledToAWorkingDay_TT18Art5_2_CivilCodeArt148_5) {
  // Received Mon 2/6/2025: +5 days = Sat 7/6 → Mon 9/6.
  const auto r = run(R"([{"type": "addiction_request", "date": "2025-06-02", "custody_without_facility": true}])");
  EXPECT_EQ(due(one(r, "addiction.result")), "2025-06-09");
  EXPECT_EQ(due(one(r, "addiction.staff_dispatch")), "2025-06-03");  // 24 h (ND 109/2021 Arts. 6.2.b, 7.3.b)
  EXPECT_EQ(r.state, State::none);
  EXPECT_EQ(r.episodes[0].kind, EpisodeKind::addiction_determination);
}

TEST(PeopleAddiction, Rule16_OneOpenRequestAtATime) {
  EXPECT_EQ(refusal(R"([{"type": "addiction_request", "date": "2025-06-02"}, {"type": "addiction_request", "date": "2025-06-03"}])"),
            "people.assessment_already_open");
}

TEST(PeopleAddiction, Rule16_PostRehabUseMakesDeterminationMandatory_Law73Art27_1d) {
  const auto r = run(with(R"(
    {"type": "rehab_start", "date": "2025-06-10", "form": "home", "planned_months": 6},
    {"type": "rehab_complete", "date": "2025-12-10"},
    {"type": "post_rehab_decision", "date": "2025-12-15"},
    {"type": "positive_test", "date": "2026-02-02"})"));
  EXPECT_EQ(r.state, State::post_rehab);
  EXPECT_TRUE(has_obligation(r, "people.addiction_determination_required"));
}

TEST(PeopleAddiction, Rule17_ResultFromCriteria_TT18Art3_4) {
  EXPECT_EQ(run(R"([{"type": "addiction_result", "date": "2025-06-09", "criteria": [1, 2, 3]}])").state, State::addicted);
  EXPECT_EQ(run(R"([{"type": "addiction_result", "date": "2025-06-09", "criteria": [2, 6]}])").state, State::none);
  // Two criteria without withdrawal: further observation, the determination stays open.
  const auto observed = run(R"([{"type": "addiction_result", "date": "2025-06-09", "criteria": [1, 2]}])");
  EXPECT_EQ(observed.state, State::none);
  EXPECT_FALSE(observed.episodes[0].end.has_value());
  EXPECT_EQ(refusal(R"([{"type": "addiction_result", "date": "2025-06-09", "criteria": [1, 2], "result": "addicted"}])"),
            "people.addiction_result_inconsistent");
  EXPECT_EQ(refusal(R"([{"type": "addiction_result", "date": "2025-06-09", "criteria": [1, 7]}])"), "people.event_field_invalid");
  EXPECT_EQ(refusal(R"([{"type": "addiction_result", "date": "2025-06-09"}])"), "people.addiction_result_missing");
}

TEST(PeopleAddiction, Rule14_AddictedDuringManagementStopsIt_Law73Art23_5) {
  const auto r = run(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "positive_test", "date": "2025-06-02"},
    {"type": "addiction_request", "date": "2025-06-02"},
    {"type": "addiction_result", "date": "2025-06-09", "result": "addicted"}])");
  EXPECT_EQ(r.state, State::addicted);
  EXPECT_EQ(r.episodes[0].end_reason, "stopped:addicted");
  EXPECT_EQ(due(one(r, "user_management.stop_end_notice")), "2025-06-12");
  EXPECT_EQ(lists_for(r.state), std::vector<PersonList>{PersonList::addicts});  // Rule 28
}

TEST(PeopleRehab, Rule18_RegistrationDecisionStartChain_ND116Art28_30_3) {
  const auto r = run(with(R"(
    {"type": "registration", "date": "2025-06-12", "form": "home"},
    {"type": "rehab_decision", "date": "2025-06-16", "form": "home"})"),
                     "2025-06-20", kAdultBirth);
  EXPECT_EQ(r.state, State::registered);
  const auto reg = one(r, "registration.deadline");
  EXPECT_EQ(due(reg), "2025-06-16");
  EXPECT_EQ(reg.status, DeadlineStatus::met);
  EXPECT_EQ(due(one(r, "registration.decision")), "2025-06-17");
  EXPECT_EQ(due(one(r, "registration.start")), "2025-06-23");
  EXPECT_EQ(one(r, "registration.start").status, DeadlineStatus::pending);
}

TEST(PeopleRehab, Rule18_NoRegistrationDutyUnder12_ND116Art28_1) {
  const auto r = run(with(""), "2025-06-20", d("2015-01-01"));
  EXPECT_EQ(r.state, State::addicted);
  EXPECT_TRUE(all(r, "registration.deadline").empty());
  EXPECT_EQ(all(run(with(""), "2025-06-20", d("2013-06-09")), "registration.deadline").size(), 1u);  // 12 that day
}

TEST(PeopleRehab, Rule19_VoluntaryRehabLasts6To12Months_Law73Art30_2_31_1) {
  const auto r = run(with(R"({"type": "rehab_start", "date": "2025-06-20", "form": "home", "planned_months": 6})"));
  EXPECT_EQ(r.state, State::voluntary_home);
  EXPECT_EQ(due(one(r, "voluntary_rehab.planned_end")), "2025-12-20");
  EXPECT_EQ(due(one(r, "voluntary_rehab.provider_notice")), "2025-06-27");  // Law 73/2021 Art. 30.7.c
  EXPECT_EQ(one(r, "registration.deadline").status, DeadlineStatus::late);  // due 16/6, started 20/6
  EXPECT_EQ(refusal(with(R"({"type": "rehab_start", "date": "2025-06-20", "form": "facility", "planned_months": 13})")),
            "people.rehab_duration_out_of_range");
  EXPECT_EQ(refusal(with(R"({"type": "rehab_start", "date": "2025-06-20", "form": "home", "planned_months": 5})")),
            "people.rehab_duration_out_of_range");
}

TEST(PeopleRehab, Rule19_CompletionNeedsStagesAToC_Law73Art29) {
  const std::string start = R"({"type": "rehab_start", "date": "2025-06-20", "form": "facility", "planned_months": 6},)";
  EXPECT_EQ(refusal(with(start + R"({"type": "rehab_complete", "date": "2025-12-20", "stages": ["a", "b"]})")),
            "people.stages_incomplete");
  const auto r = run(with(start + R"({"type": "rehab_complete", "date": "2025-12-20", "stages": ["a", "b", "c"]})"));
  EXPECT_EQ(r.state, State::post_rehab_pending);
  EXPECT_EQ(one(r, "voluntary_rehab.planned_end").status, DeadlineStatus::met);
}

TEST(PeopleRehab, Rule20_SelfTerminationNeeds5WorkingDaysAway_ND116Art3_5) {
  const std::string start = R"({"type": "rehab_start", "date": "2025-06-20", "form": "facility"},)";
  EXPECT_EQ(refusal(with(start + R"({"type": "violation_report", "date": "2025-08-01", "reason": "self_terminated", "absent_working_days": 4})")),
            "people.not_self_termination");
  const auto r = run(with(start + R"({"type": "violation_report", "date": "2025-08-01", "reason": "self_terminated", "absent_working_days": 5})"));
  EXPECT_EQ(r.state, State::compulsory_file);
  // The start notice still pending is superseded with the episode; the self-termination notice is owed.
  EXPECT_EQ(all(r, "voluntary_rehab.provider_notice").size(), 2u);
  EXPECT_EQ(due(one(r, "voluntary_rehab.provider_notice")), "2025-08-08");
}

TEST(PeopleRehab, Rule20_SubstitutionSelfTermination_ND116Art3_5) {
  const std::string start = R"({"type": "rehab_start", "date": "2025-06-20", "form": "substitution"},)";
  EXPECT_EQ(refusal(with(start + R"({"type": "substitution_stop", "date": "2025-08-01", "reason": "self_terminated", "missed_working_days": 4, "consecutive_missed_doses": 9})")),
            "people.not_self_termination");
  const auto r = run(with(start + R"({"type": "substitution_stop", "date": "2025-08-01", "reason": "self_terminated", "consecutive_missed_doses": 10})"));
  EXPECT_EQ(r.state, State::addicted);
  EXPECT_TRUE(has_obligation(r, "people.violation_report_required"));
  EXPECT_EQ(all(r, "substitution.facility_notice").size(), 2u);  // ND 116/2021 Art. 28.2: start and stop
}

TEST(PeopleRehab, Rule29_Under16NeedsWrittenGuardianConsent) {
  const Date fifteen = d("2010-01-01");
  EXPECT_EQ(refusal(with(R"({"type": "rehab_start", "date": "2025-06-20", "form": "substitution", "guardian_consent": false})"), fifteen),
            "people.guardian_consent_missing");
  EXPECT_TRUE(has_obligation(run(with(R"({"type": "rehab_start", "date": "2025-06-20", "form": "substitution"})"), "2025-06-20", fifteen),
                             "people.guardian_consent_required"));
  EXPECT_EQ(refusal(with(R"({"type": "rehab_start", "date": "2025-06-20", "form": "substitution", "guardian_consent": true})"), fifteen), "");
}

TEST(PeopleRehab, Rule29_ForcedTerminationGrounds) {
  const std::string start = R"({"type": "rehab_start", "date": "2025-06-20", "form": "substitution"},)";
  const std::string maintenance = R"({"type": "substitution_phase", "date": "2025-07-20", "phase": "maintenance"},)";
  auto stop = [](const char* extra) {
    return std::string(R"({"type": "substitution_stop", "date": "2025-09-01", "reason": "forced_termination", )") + extra + "}";
  };
  EXPECT_EQ(refusal(with(start + stop(R"("ground": "protocol_breaches", "count": 1, "within_months": 3)"))), "people.termination_not_justified");
  EXPECT_EQ(refusal(with(start + stop(R"("ground": "protocol_breaches", "count": 2, "within_months": 7)"))), "people.termination_not_justified");
  EXPECT_EQ(refusal(with(start + stop(R"("ground": "protocol_breaches", "count": 2, "within_months": 6)"))), "");
  // Positive opioid tests count only after reaching the maintenance dose.
  EXPECT_EQ(refusal(with(start + stop(R"("ground": "positive_opioid_tests", "count": 2, "within_months": 2)"))), "people.termination_not_justified");
  EXPECT_EQ(refusal(with(start + maintenance + stop(R"("ground": "positive_opioid_tests", "count": 2, "within_months": 2)"))), "");
  EXPECT_EQ(refusal(with(start + stop(R"("ground": "other_drug_positive")"))), "");
  EXPECT_EQ(refusal(with(start + stop(R"("count": 2)"))), "people.event_field_invalid");
}

TEST(PeopleRehab, Rule29_NonOpioidPositiveDuringSubstitutionIsATerminationGround) {
  const auto r = run(with(R"({"type": "rehab_start", "date": "2025-06-20", "form": "substitution"},
                             {"type": "positive_test", "date": "2025-07-01", "substance": "other"})"));
  EXPECT_TRUE(has_obligation(r, "people.substitution_termination_ground"));
}

TEST(PeopleRehab, UseDuringVoluntaryRehabCallsForAViolationReport_ND116Art33) {
  const auto r = run(with(R"({"type": "rehab_start", "date": "2025-06-20", "form": "home"},
                             {"type": "positive_test", "date": "2025-07-01"})"));
  EXPECT_TRUE(has_obligation(r, "people.violation_report_required"));
  EXPECT_EQ(r.state, State::voluntary_home);
}

TEST(PeopleRehab, Rule25_RelapseAfterCompletedRehabIsRecorded_ND116Art3_6) {
  const auto r = run(with(R"(
    {"type": "rehab_start", "date": "2025-06-20", "form": "home", "planned_months": 6},
    {"type": "rehab_complete", "date": "2025-12-20"},
    {"type": "post_rehab_decision", "date": "2025-12-24"},
    {"type": "post_rehab_end", "date": "2026-12-20"},
    {"type": "addiction_result", "date": "2027-03-01", "result": "addicted"})"),
                     "2027-03-02", kAdultBirth);
  EXPECT_EQ(r.state, State::addicted);
  EXPECT_TRUE(std::any_of(r.episodes.begin(), r.episodes.end(), [](const Episode& e) { return e.kind == EpisodeKind::relapse; }));
}

TEST(PeopleRehab, Rule18_MissedRegistrationLeadsToACompulsoryFile_ND116Art3_3_33) {
  const auto r = run(with(R"({"type": "violation_report", "date": "2025-06-17", "reason": "not_registered"})"), "2025-06-17",
                     kAdultBirth);
  EXPECT_EQ(r.state, State::compulsory_file);
  EXPECT_EQ(all(r, "registration.deadline")[0].status, DeadlineStatus::superseded);
  EXPECT_EQ(due(one(r, "compulsory.file_compile")), "2025-06-24");
  EXPECT_EQ(refusal(with(R"({"type": "violation_report", "date": "2025-06-17", "reason": "not_started"})")),
            "people.violation_reason_mismatch");
}
