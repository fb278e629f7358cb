// Compulsory rehab: file, court decision, stay — domain rules 21, 22, 23, 26; Law 73/2021
// Arts. 32–39; ND 116/2021 Arts. 40–62; TTLT 03/2025 Arts. 7–8.
#include "people_test_support.hpp"

using namespace people_test;

namespace {
const Date kAdult = *Date::parse("1990-01-01");
const Date kMinor = *Date::parse("2010-01-01");  // 15 in 2025

// Addicted 9/6/2025 (result 2/6 → Mon 9/6), fails to register, violation on Mon 16/6... file steps.
const std::string kToFile = R"(
    {"type": "addiction_result", "date": "2025-06-02", "result": "addicted"},
    {"type": "violation_report", "date": "2025-06-09", "reason": "not_registered"})";
const std::string kFiled = kToFile + R"(,
    {"type": "compulsory_file_compiled", "date": "2025-06-13"},
    {"type": "compulsory_file_forwarded", "date": "2025-06-19"})";
std::string decided(int months) {
  return kFiled + R"(, {"type": "court_decision", "date": "2025-06-25", "decision": "compulsory", "term_months": )" +
         std::to_string(months) + "}";
}
std::string list(const std::string& body) { return "[" + body + "]"; }
}  // namespace

TEST(PeopleCompulsory, Rule22_FileWithin5wdThenRead3wdThenForward1wd_ND116Art40_42_TTLT03Art8) {
  const auto r = run(list(kToFile + R"(, {"type": "compulsory_file_compiled", "date": "2025-06-13"})"), "2025-06-13", kAdult);
  EXPECT_EQ(r.state, State::compulsory_file);
  const auto compile = one(r, "compulsory.file_compile");
  EXPECT_EQ(due(compile), "2025-06-16");  // Mon 9/6 + 5 wd
  EXPECT_EQ(compile.status, DeadlineStatus::met);
  const auto forward = one(r, "compulsory.file_forward");
  EXPECT_EQ(due(forward), "2025-06-19");  // Fri 13/6 + 3 wd read + 1 wd
  EXPECT_EQ(forward.params, (std::vector<std::string>{"compulsory.file_read_wd", "compulsory.file_forward_wd"}));
  // No addiction result in the last 6 months? It is from 2/6, so it can be reused (TTLT 03/2025 Art. 7.1.đ).
  EXPECT_FALSE(has_obligation(r, "people.addiction_redetermination_needed"));
}

TEST(PeopleCompulsory, Rule22_SinceMarch2025TheFileGoesStraightToTheCourt) {
  const auto r = run(list(kFiled), "2025-06-20", kAdult);
  EXPECT_TRUE(all(r, "compulsory.file_check").empty());
  const auto before = run(R"([
    {"type": "addiction_result", "date": "2024-10-01", "result": "addicted"},
    {"type": "violation_report", "date": "2024-10-15", "reason": "not_registered"},
    {"type": "compulsory_file_compiled", "date": "2024-10-17"},
    {"type": "compulsory_file_forwarded", "date": "2024-10-23"}])",
                          "2024-10-23", kAdult);
  EXPECT_EQ(due(one(before, "compulsory.file_check")), "2024-10-25");  // LĐTBXH check, 2 wd (ND 116/2021 Art. 43)
}

TEST(PeopleCompulsory, Rule22_StaleAddictionResultMustBeRedone) {
  const auto r = run(R"([
    {"type": "addiction_result", "date": "2024-11-01", "result": "addicted"},
    {"type": "violation_report", "date": "2025-06-02", "reason": "not_registered"},
    {"type": "compulsory_file_compiled", "date": "2025-06-06"}])",
                     "2025-06-06", kAdult);
  EXPECT_TRUE(has_obligation(r, "people.addiction_redetermination_needed"));
}

TEST(PeopleCompulsory, Rule22_StepsInOrder) {
  EXPECT_EQ(refusal(list(kToFile + R"(, {"type": "compulsory_file_forwarded", "date": "2025-06-13"})"), kAdult),
            "people.file_not_compiled");
  EXPECT_EQ(refusal(list(kToFile + R"(, {"type": "compulsory_file_compiled", "date": "2025-06-13"},
                                     {"type": "court_decision", "date": "2025-06-25", "decision": "compulsory", "term_months": 12})"),
                    kAdult),
            "people.file_not_forwarded");
}

TEST(PeopleCompulsory, Rule22_CourtQueryAnsweredIn2wd) {
  const auto r = run(list(kFiled + R"(, {"type": "court_query", "date": "2025-06-20"})"), "2025-06-20", kAdult);
  EXPECT_EQ(due(one(r, "compulsory.court_reply")), "2025-06-24");
}

TEST(PeopleCompulsory, Rule22_EscortWithin5DaysOfTheDecision_ND116Art54) {
  const auto r = run(list(decided(12)), "2025-06-25", kAdult);
  EXPECT_EQ(r.state, State::compulsory_decided);
  EXPECT_EQ(due(one(r, "compulsory.escort")), "2025-06-30");
  const auto deferred = run(list(decided(12) + R"(, {"type": "compulsory_admission_deferred", "date": "2025-06-27"})"), "2025-06-27", kAdult);
  EXPECT_EQ(due(one(deferred, "compulsory.escort_extended")), "2025-09-25");  // ≤ 3 months
  EXPECT_EQ(all(deferred, "compulsory.escort")[0].status, DeadlineStatus::superseded);
}

TEST(PeopleCompulsory, Rule21_TermRangeByTrack_Law73Art33) {
  EXPECT_EQ(refusal(list(decided(13)), kMinor), "people.term_out_of_range");  // minors 6–12 months
  EXPECT_EQ(refusal(list(decided(6)), kMinor), "");
  // Adults 12–24 months is UNCONFIRMED: outside it is accepted with a note, never refused.
  const auto r = run(list(decided(30)), "2025-06-25", kAdult);
  EXPECT_TRUE(has_obligation(r, "people.term_range_unconfirmed"));
  EXPECT_FALSE(has_obligation(run(list(decided(18)), "2025-06-25", kAdult), "people.term_range_unconfirmed"));
}

TEST(PeopleCompulsory, Rule21_Under12IsNeverEligible_Law73Art32_33) {
  EXPECT_EQ(refusal(list(kToFile), d("2014-01-01")), "people.compulsory_not_eligible");
}

TEST(PeopleCompulsory, Rule21_RelapseInPostRehab_AdultGoesToCompulsoryMinorToRegistration_Law73Art32_4) {
  const std::string relapse = R"([
    {"type": "addiction_result", "date": "2025-01-06", "result": "addicted"},
    {"type": "rehab_start", "date": "2025-01-08", "form": "home", "planned_months": 6},
    {"type": "rehab_complete", "date": "2025-07-08"},
    {"type": "post_rehab_decision", "date": "2025-07-10"},
    {"type": "addiction_result", "date": "2025-10-01", "result": "addicted"}])";
  const auto adult = run(relapse, "2025-10-01", kAdult);
  EXPECT_EQ(adult.state, State::compulsory_file);
  EXPECT_EQ(due(one(adult, "compulsory.file_compile")), "2025-10-08");
  const auto minor = run(relapse, "2025-10-01", kMinor);
  EXPECT_EQ(minor.state, State::addicted);
  EXPECT_EQ(due(all(minor, "registration.deadline").back()), "2025-10-08");  // the first one was met in January
  const auto unknown = run(relapse, "2025-10-01");
  EXPECT_EQ(unknown.state, State::addicted);
  EXPECT_TRUE(has_obligation(unknown, "people.birth_date_needed"));
}

TEST(PeopleCompulsory, Rule23_TermEndReleaseNoticeAndReviews_ND116Art58_62) {
  const auto r = run(list(decided(12) + R"(, {"type": "compulsory_admission", "date": "2025-06-27"})"), "2025-06-27", kAdult);
  EXPECT_EQ(r.state, State::compulsory_facility);
  EXPECT_EQ(one(r, "compulsory.escort").status, DeadlineStatus::met);
  EXPECT_EQ(due(one(r, "compulsory.term_end")), "2026-06-27");
  EXPECT_EQ(due(one(r, "compulsory.release_notice")), "2026-06-12");  // ≥ 15 days before
  const auto reviews = all(r, "compulsory.review");
  ASSERT_EQ(reviews.size(), 3u);
  EXPECT_EQ(due(reviews[0]), "2025-09-27");
  EXPECT_EQ(due(reviews[2]), "2026-03-27");
}

TEST(PeopleCompulsory, Rule23_FacilityTimeWhileTheFileWasPendingIsDeducted_ND116Art44_49) {
  auto managed_at = [](const char* place) {
    return run(list(kToFile + R"(, {"type": "pending_management_start", "date": "2025-06-10", "place": ")" + place + R"("},
        {"type": "compulsory_file_compiled", "date": "2025-06-13"},
        {"type": "compulsory_file_forwarded", "date": "2025-06-19"},
        {"type": "court_decision", "date": "2025-06-25", "decision": "compulsory", "term_months": 12},
        {"type": "compulsory_admission", "date": "2025-06-27"})"),
               "2025-06-27", kAdult);
  };
  EXPECT_EQ(due(one(managed_at("facility"), "compulsory.term_end")), "2026-06-10");  // 17 days deducted
  EXPECT_EQ(due(one(managed_at("home"), "compulsory.term_end")), "2026-06-27");
}

TEST(PeopleCompulsory, Rule23_AbscondingTimeDoesNotCount_ND116Art56_4) {
  const auto r = run(list(decided(12) + R"(, {"type": "compulsory_admission", "date": "2025-06-27"},
        {"type": "compulsory_absconded", "date": "2025-08-01"},
        {"type": "compulsory_returned", "date": "2025-08-11"})"),
                     "2025-08-11", kAdult);
  EXPECT_EQ(due(one(r, "compulsory.term_end")), "2026-07-07");
  const auto away = run(list(decided(12) + R"(, {"type": "compulsory_admission", "date": "2025-06-27"},
        {"type": "compulsory_absconded", "date": "2025-08-01"})"),
                        "2025-08-11", kAdult);
  EXPECT_EQ(away.state, State::compulsory_absconded);
  EXPECT_TRUE(all(away, "compulsory.term_end").empty());  // unknown until the return
}

TEST(PeopleCompulsory, Rule23_Reduction_Law73Art39_ND116Art58) {
  const std::string in = decided(12) + R"(, {"type": "compulsory_admission", "date": "2025-06-27"})";
  const auto r = run(list(in + R"(, {"type": "compulsory_reduction", "date": "2026-01-10", "months": 2, "recent_good_months": 3})"),
                     "2026-01-10", kAdult);
  EXPECT_EQ(due(one(r, "compulsory.term_end")), "2026-04-27");
  EXPECT_EQ(due(one(r, "compulsory.release_notice")), "2026-04-12");
  EXPECT_EQ(refusal(list(in + R"(, {"type": "compulsory_reduction", "date": "2026-01-10", "months": 4, "recent_good_months": 3})"), kAdult),
            "people.reduction_out_of_range");
  EXPECT_EQ(refusal(list(in + R"(, {"type": "compulsory_reduction", "date": "2026-01-10", "months": 4, "merit": true, "recent_good_months": 3})"), kAdult),
            "");
  EXPECT_EQ(refusal(list(in + R"(, {"type": "compulsory_reduction", "date": "2026-01-10", "months": 2, "recent_good_months": 2})"), kAdult),
            "people.reduction_not_eligible");
  EXPECT_EQ(refusal(list(in + R"(, {"type": "compulsory_reduction", "date": "2025-11-10", "months": 2, "recent_good_months": 3})"), kAdult),
            "people.reduction_not_eligible");  // less than half served
}

TEST(PeopleCompulsory, Rule23_SuspensionForInpatientTreatmentOver10Days_ND116Art58) {
  const std::string in = decided(12) + R"(, {"type": "compulsory_admission", "date": "2025-06-27"})";
  EXPECT_EQ(refusal(list(in + R"(, {"type": "compulsory_suspension", "date": "2025-09-01", "inpatient_days": 10})"), kAdult),
            "people.suspension_not_eligible");
  const auto r = run(list(in + R"(, {"type": "compulsory_suspension", "date": "2025-09-01", "inpatient_days": 11},
                                   {"type": "compulsory_resumption", "date": "2025-09-21"})"),
                     "2025-09-21", kAdult);
  EXPECT_EQ(due(one(r, "compulsory.term_end")), "2026-07-17");  // 20 days suspended do not count
  // Less than 3 months left at the suspension: the rest is exempted, not resumed.
  EXPECT_EQ(refusal(list(in + R"(, {"type": "compulsory_suspension", "date": "2026-04-01", "inpatient_days": 11},
                                   {"type": "compulsory_resumption", "date": "2026-04-21"})"),
                    kAdult),
            "people.remaining_term_too_short");
  EXPECT_EQ(run(list(in + R"(, {"type": "compulsory_suspension", "date": "2026-04-01", "inpatient_days": 11},
                               {"type": "compulsory_exempted", "date": "2026-04-21"})"),
                "2026-04-21", kAdult)
                .state,
            State::ended);
}

TEST(PeopleCompulsory, Rule26_ReleaseThenReportWithin5wd_ND116Art62) {
  const std::string in = decided(12) + R"(, {"type": "compulsory_admission", "date": "2025-06-27"})";
  EXPECT_EQ(refusal(list(in + R"(, {"type": "compulsory_release", "date": "2026-06-26"})"), kAdult), "people.term_not_served");
  const auto r = run(list(in + R"(, {"type": "compulsory_release", "date": "2026-06-29"})"), "2026-06-29", kAdult);
  EXPECT_EQ(r.state, State::post_rehab_pending);
  EXPECT_EQ(one(r, "compulsory.term_end").status, DeadlineStatus::late);
  EXPECT_EQ(due(one(r, "compulsory.return_report")), "2026-07-06");
  EXPECT_EQ(lists_for(r.state).size(), 0u);
}

TEST(PeopleCompulsory, CourtRejectionLeavesTheAddict) {
  const auto r = run(list(kFiled + R"(, {"type": "court_decision", "date": "2025-06-25", "decision": "rejected"})"), "2025-06-25", kAdult);
  EXPECT_EQ(r.state, State::addicted);
}

TEST(PeopleCompulsory, PostponementAndExemption_ND116Art57) {
  const auto r = run(list(decided(12) + R"(, {"type": "compulsory_postponed", "date": "2025-06-26", "reason": "serious_illness"})"),
                     "2025-06-26", kAdult);
  EXPECT_EQ(r.state, State::compulsory_postponed);
  EXPECT_EQ(all(r, "compulsory.escort")[0].status, DeadlineStatus::superseded);
  EXPECT_EQ(run(list(decided(12) + R"(, {"type": "compulsory_postponed", "date": "2025-06-26"},
                                      {"type": "compulsory_admission", "date": "2025-09-01"})"),
                "2025-09-01", kAdult)
                .state,
            State::compulsory_facility);
}
