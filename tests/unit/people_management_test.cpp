// Detection and illegal-user management — domain rules 11, 13, 14, 15; Law 73/2021 Arts. 23–26,
// ND 105/2021 Arts. 41–48.
#include "people_test_support.hpp"

using namespace people_test;

TEST(PeopleManagement, Rule11_VerificationNoticeDecisionChainInWorkingDays_ND105Art41_42) {
  const auto r = run(R"([
    {"type": "positive_test", "date": "2025-03-10"},
    {"type": "residence_verified", "date": "2025-03-12", "stable": true},
    {"type": "commune_notified", "date": "2025-03-14"}])");
  EXPECT_EQ(r.state, State::detected);
  const auto verification = one(r, "user_management.residence_verification");
  EXPECT_EQ(due(verification), "2025-03-13");  // Mon + 3 wd
  EXPECT_EQ(verification.status, DeadlineStatus::met);
  EXPECT_TRUE(verification.source.starts_with("NĐ 105/2021/NĐ-CP Điều 41.1")) << verification.source;
  EXPECT_EQ(verification.pack, "law-73-2021");
  EXPECT_EQ(due(one(r, "user_management.notice")), "2025-03-17");    // Wed + 3 wd, over the weekend
  EXPECT_EQ(due(one(r, "user_management.decision")), "2025-03-19");  // Fri + 3 wd
  EXPECT_EQ(one(r, "user_management.decision").status, DeadlineStatus::pending);
  EXPECT_TRUE(all(r, "user_management.decision_after_positive").empty());  // no such rule in Law 73/2021
}

TEST(PeopleManagement, Rule11_RemoteAreaAllowsTenWorkingDays_ND105Art41_1) {
  const auto r = run(R"([{"type": "positive_test", "date": "2025-03-10", "remote_area": true}])");
  const auto v = one(r, "user_management.residence_verification");
  EXPECT_EQ(due(v), "2025-03-24");
  EXPECT_EQ(v.params, std::vector<std::string>{"user_management.residence_verification_remote_wd"});
}

TEST(PeopleManagement, Rule11_WorkingDaysSkipTet2026) {
  const auto r = run(R"([{"type": "positive_test", "date": "2026-02-12"}])");
  EXPECT_EQ(due(one(r, "user_management.residence_verification")), "2026-02-24");
}

TEST(PeopleManagement, Rule11_LateStepIsRecordedAsLate) {
  const auto r = run(R"([
    {"type": "positive_test", "date": "2025-03-10"},
    {"type": "residence_verified", "date": "2025-03-17", "stable": true}])");
  const auto v = one(r, "user_management.residence_verification");
  EXPECT_EQ(v.status, DeadlineStatus::late);
  EXPECT_EQ(v.done_on->iso(), "2025-03-17");
}

TEST(PeopleManagement, Rule11_OverdueRelativeToTheReportDate) {
  const std::string events = R"([{"type": "positive_test", "date": "2025-03-10"}])";
  EXPECT_EQ(one(run(events, "2025-03-13"), "user_management.residence_verification").status, DeadlineStatus::pending);
  EXPECT_EQ(one(run(events, "2025-03-14"), "user_management.residence_verification").status, DeadlineStatus::overdue);
}

TEST(PeopleManagement, Rule12_UnstableResidenceMakesAddictionDeterminationMandatory_Law73Art27_1b) {
  const auto r = run(R"([
    {"type": "positive_test", "date": "2025-03-10"},
    {"type": "residence_verified", "date": "2025-03-11", "stable": false}])");
  EXPECT_TRUE(has_obligation(r, "people.addiction_determination_required"));
}

TEST(PeopleManagement, Rule13_OneYearFromTheDecision_Law73Art23_2) {
  const auto r = run(R"([{"type": "user_management_decision", "date": "2025-03-10"}])");
  EXPECT_EQ(r.state, State::under_management);
  EXPECT_EQ(due(one(r, "user_management.end")), "2026-03-10");
  EXPECT_EQ(r.episodes.size(), 1u);
  EXPECT_EQ(r.episodes[0].pack, "law-73-2021");
}

TEST(PeopleManagement, Rule13_NewUseThenNewDecisionRestartsOneYear_ND105Art43_2) {
  const auto r = run(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "positive_test", "date": "2025-06-02"},
    {"type": "addiction_request", "date": "2025-06-03"},
    {"type": "addiction_result", "date": "2025-06-05", "result": "not_addicted"},
    {"type": "user_management_decision", "date": "2025-06-09"}])");
  EXPECT_TRUE(has_obligation(r, "people.addiction_determination_required"));  // Law 73/2021 Art. 27.1.a
  EXPECT_EQ(due(one(r, "user_management.end")), "2026-06-09");
  const auto ends = all(r, "user_management.end");
  ASSERT_EQ(ends.size(), 2u);
  EXPECT_EQ(r.episodes[0].end_reason, "new_decision");
  EXPECT_EQ(r.state, State::under_management);
}

TEST(PeopleManagement, Rule13_NoNewDecisionWithoutNewUse) {
  EXPECT_EQ(refusal(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "user_management_decision", "date": "2025-06-09"}])"),
            "people.no_new_use");
}

TEST(PeopleManagement, Rule13_MovingKeepsTheEndDateAndTransfersTheDossierIn5wd_ND105Art43_3_47) {
  const auto r = run(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "residence_moved", "date": "2025-05-05"}])");
  EXPECT_EQ(due(one(r, "user_management.end")), "2026-03-10");
  EXPECT_EQ(due(one(r, "user_management.move_transfer")), "2025-05-12");
  EXPECT_TRUE(all(r, "user_management.move_transfer_24h").empty());
}

TEST(PeopleManagement, Rule14_StopCaseEndsManagementAndNoticeIsDueIn3wd_ND105Art48) {
  const auto r = run(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "user_management_stop", "date": "2025-05-05", "reason": "prison"}])");
  EXPECT_EQ(r.state, State::ended);
  EXPECT_EQ(r.episodes[0].end_reason, "stopped:prison");
  EXPECT_EQ(all(r, "user_management.end")[0].status, DeadlineStatus::superseded);
  EXPECT_EQ(due(one(r, "user_management.stop_end_notice")), "2025-05-08");
  EXPECT_TRUE(lists_for(r.state).empty());  // Rule 28: off the user list
}

TEST(PeopleManagement, Rule14_DeathStopsManagement) {
  const auto r = run(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "user_management_stop", "date": "2025-05-05", "reason": "death"}])");
  EXPECT_EQ(r.state, State::deceased);
}

TEST(PeopleManagement, Rule14_TerminationAtTheEndDate_ND105Art48_2) {
  const auto r = run(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "user_management_end", "date": "2026-03-10"}])");
  EXPECT_EQ(r.state, State::ended);
  EXPECT_EQ(one(r, "user_management.end").status, DeadlineStatus::met);
  EXPECT_EQ(due(one(r, "user_management.stop_end_notice")), "2026-03-13");
}

TEST(PeopleManagement, Rule14_NoTerminationBeforeTheEndDate) {
  EXPECT_EQ(refusal(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "user_management_end", "date": "2026-03-09"}])"),
            "people.period_not_expired");
}

TEST(PeopleManagement, Rule14_NoTerminationWhenUseWasDetected) {
  EXPECT_EQ(refusal(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "positive_test", "date": "2025-09-01"},
    {"type": "user_management_end", "date": "2026-03-10"}])"),
            "people.use_detected_during_management");
}

TEST(PeopleManagement, Rule15_ResidenceCheckEveryCalendarMonth_Law73Art26_2) {
  const auto r = run(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "residence_check", "date": "2025-04-15"}])",
                     "2025-06-15");
  const auto checks = all(r, "user_management.residence_check");
  ASSERT_EQ(checks.size(), 13u);  // March 2025 … March 2026
  EXPECT_EQ(checks[0].from.iso(), "2025-03-10");
  EXPECT_EQ(due(checks[0]), "2025-03-31");
  EXPECT_EQ(checks[0].status, DeadlineStatus::overdue);
  EXPECT_EQ(due(checks[1]), "2025-04-30");
  EXPECT_EQ(checks[1].status, DeadlineStatus::met);
  EXPECT_EQ(checks[3].status, DeadlineStatus::pending);  // June, not over yet
  EXPECT_EQ(due(checks[12]), "2026-03-10");              // the last period ends with management
}

TEST(PeopleManagement, Rule15_ChecksAfterAStopAreNoLongerOwed) {
  const auto r = run(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "user_management_stop", "date": "2025-05-05", "reason": "reform_school"}])");
  for (const auto& c : all(r, "user_management.residence_check")) EXPECT_EQ(c.status, DeadlineStatus::superseded);
}

TEST(PeopleManagement, NoticeIsRecordedWithDeadlineMet) {
  const auto r = run(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "user_management_stop", "date": "2025-05-05", "reason": "prison"},
    {"type": "deadline_met", "date": "2025-05-06", "deadline": "user_management.stop_end_notice"}])");
  EXPECT_EQ(one(r, "user_management.stop_end_notice").status, DeadlineStatus::met);
  EXPECT_EQ(refusal(R"([
    {"type": "user_management_decision", "date": "2025-03-10"},
    {"type": "deadline_met", "date": "2025-05-06", "deadline": "user_management.stop_end_notice"}])"),
            "people.no_pending_deadline");
}

TEST(PeopleManagement, Rule27_TestingAMinorNeedsConsentUnlessUrine_ND105Art46_4) {
  const Date birth = d("2010-01-01");
  EXPECT_EQ(refusal(R"([{"type": "positive_test", "date": "2025-03-10", "sample": "blood", "guardian_consent": false}])", birth),
            "people.test_consent_missing");
  EXPECT_EQ(refusal(R"([{"type": "positive_test", "date": "2025-03-10", "sample": "urine", "guardian_consent": false}])", birth), "");
  EXPECT_EQ(refusal(R"([{"type": "positive_test", "date": "2025-03-10", "sample": "blood", "guardian_consent": false}])",
                    d("2000-01-01")),
            "");
}
