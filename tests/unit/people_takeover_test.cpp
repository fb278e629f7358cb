// Taking over a person already under a regime from a commune's existing books (
// docs/people-events.md "Taking over"). The dates that fix each regime's deadlines are the law's:
// Law 73/2021 Arts. 30–31 (voluntary rehab 6–12 months), 33 (compulsory term), 39 (3-monthly
// reviews; ND 116/2021 Art. 58), 40 (post-rehab 1 year, 2 for an adult after compulsory rehab).
#include "people_test_support.hpp"

using namespace people_test;

namespace {
const Date kAdult = *Date::parse("1990-01-01");
const Date kMinor = *Date::parse("2010-05-01");
std::string one_event(const std::string& fields) { return "[{\"type\": \"taken_over\", " + fields + "}]"; }

std::vector<std::string> open_review_dues(const LifecycleReport& r) {
  std::vector<std::string> out;
  for (const auto& x : all(r, "compulsory.review"))
    if (x.status != DeadlineStatus::superseded) out.push_back(due(x));
  return out;
}
}  // namespace

TEST(PeopleTakeover, VoluntaryHome_PlannedEndFromTheStart_Law73Art30_2) {
  const auto r = run(one_event(R"("date": "2025-03-03", "state": "voluntary_home", "planned_months": 6)"), "2025-04-01", kAdult);
  EXPECT_EQ(r.state, State::voluntary_home);
  EXPECT_EQ(due(one(r, "voluntary_rehab.planned_end")), "2025-09-03");
  // The start's notice belongs to the earlier records: nothing owed for it here.
  EXPECT_TRUE(all(r, "voluntary_rehab.provider_notice").empty());
  EXPECT_TRUE(r.episodes.at(0).details.at("taken_over").as_bool());
}

TEST(PeopleTakeover, VoluntaryFacility_PlannedMonthsOutOfRangeRefused_Law73Art31_1) {
  EXPECT_EQ(refusal(one_event(R"("date": "2025-03-03", "state": "voluntary_facility", "planned_months": 13)"), kAdult),
            "people.rehab_duration_out_of_range");
  EXPECT_EQ(refusal(one_event(R"("date": "2025-03-03", "state": "voluntary_facility", "planned_months": 12)"), kAdult), "");
}

TEST(PeopleTakeover, Substitution_IsAnAddictList_NoDeadlineInvented_Law73Art41) {
  const auto r = run(one_event(R"("date": "2024-11-04", "state": "substitution", "phase": "maintenance")"), "2025-01-01", kAdult);
  EXPECT_EQ(r.state, State::substitution);
  EXPECT_EQ(lists_for(r.state), std::vector<PersonList>{PersonList::addicts});
  EXPECT_TRUE(r.deadlines.empty());
  EXPECT_EQ(r.episodes.at(0).details.at("phase").as_string(), "maintenance");
}

TEST(PeopleTakeover, Substitution_ThenStopCompletedGoesToPostRehab) {
  const auto r = run(R"([{"type": "taken_over", "date": "2024-11-04", "state": "substitution"},
      {"type": "substitution_stop", "date": "2025-06-02", "reason": "completed"}])",
                     "2025-06-03", kAdult);
  EXPECT_EQ(r.state, State::post_rehab_pending);
}

TEST(PeopleTakeover, Compulsory_TermEndFromAdmissionLessReductions_Law73Art39) {
  const auto r = run(one_event(R"("date": "2025-02-05", "state": "compulsory_facility", "term_months": 18,
                                  "reduction_months": 2, "records_from": "2025-11-20")"),
                     "2025-11-20", kAdult);
  EXPECT_EQ(r.state, State::compulsory_facility);
  EXPECT_EQ(due(one(r, "compulsory.term_end")), "2026-06-05");  // 5/2/2025 + 16 months
  EXPECT_EQ(due(one(r, "compulsory.release_notice")), "2026-05-21");  // 15 days before
  // Reviews every 3 months from admission; those due before the takeover stay in the earlier records.
  EXPECT_EQ(open_review_dues(r), (std::vector<std::string>{"2026-02-05", "2026-05-05"}));
}

TEST(PeopleTakeover, Compulsory_WithoutRecordsFromEveryReviewFromAdmissionIsOwed) {
  const auto r = run(one_event(R"("date": "2025-02-05", "state": "compulsory_facility", "term_months": 12)"), "2025-03-01", kAdult);
  EXPECT_EQ(open_review_dues(r), (std::vector<std::string>{"2025-05-05", "2025-08-05", "2025-11-05"}));
}

TEST(PeopleTakeover, Compulsory_TermRequiredAndCheckedAgainstTheTrack_Law73Art33) {
  EXPECT_EQ(refusal(one_event(R"("date": "2025-02-05", "state": "compulsory_facility")"), kAdult), "people.event_field_invalid");
  // A minor's term is 6–12 months (confirmed): 18 is refused.
  EXPECT_EQ(refusal(one_event(R"("date": "2025-02-05", "state": "compulsory_facility", "term_months": 18)"), kMinor),
            "people.term_out_of_range");
  EXPECT_EQ(refusal(one_event(R"("date": "2025-02-05", "state": "compulsory_facility", "term_months": 6,
                                  "reduction_months": 6)"), kMinor),
            "people.event_field_invalid");
}

TEST(PeopleTakeover, Compulsory_ReleaseAtTermEndOpensPostRehab) {
  const auto r = run(R"([{"type": "taken_over", "date": "2024-06-03", "state": "compulsory_facility", "term_months": 12},
      {"type": "compulsory_release", "date": "2025-06-03"},
      {"type": "post_rehab_decision", "date": "2025-06-10"}])",
                     "2025-06-10", kAdult);
  EXPECT_EQ(r.state, State::post_rehab);
  EXPECT_EQ(due(one(r, "post_rehab.end_adult_compulsory")), "2027-06-03");  // Law 73/2021 Art. 40.2
}

TEST(PeopleTakeover, PostRehab_OneYearFromCompletion_Law73Art40_1) {
  const auto r = run(one_event(R"("date": "2025-04-10", "state": "post_rehab", "completed": "voluntary")"), "2025-05-01", kAdult);
  EXPECT_EQ(r.state, State::post_rehab);
  EXPECT_EQ(due(one(r, "post_rehab.end")), "2026-04-10");
}

TEST(PeopleTakeover, PostRehab_TwoYearsForAnAdultAfterCompulsory_Law73Art40_2) {
  const auto r = run(one_event(R"("date": "2025-04-10", "state": "post_rehab", "completed": "compulsory")"), "2025-05-01", kAdult);
  EXPECT_EQ(due(one(r, "post_rehab.end_adult_compulsory")), "2027-04-10");
}

TEST(PeopleTakeover, PostRehab_AfterCompulsoryWithoutBirthDateTheTermIsNotGuessed) {
  const auto r = run(one_event(R"("date": "2025-04-10", "state": "post_rehab", "completed": "compulsory")"), "2025-05-01");
  const auto end = one(r, "post_rehab.end");
  EXPECT_EQ(end.status, DeadlineStatus::missing_person_fact);
  EXPECT_EQ(end.missing, "birth_date");
}

TEST(PeopleTakeover, PostRehab_HowItWasCompletedIsRequired) {
  EXPECT_EQ(refusal(one_event(R"("date": "2025-04-10", "state": "post_rehab")"), kAdult), "people.event_field_invalid");
}

TEST(PeopleTakeover, OnlyAFirstEvent_AndRecordsFromNotBeforeTheRegime) {
  EXPECT_EQ(refusal(R"([{"type": "user_management_decision", "date": "2025-01-06"},
      {"type": "taken_over", "date": "2025-02-05", "state": "substitution"}])",
                    kAdult),
            "people.transition_refused");
  EXPECT_EQ(refusal(one_event(R"("date": "2025-02-05", "state": "substitution", "records_from": "2025-02-04")"), kAdult),
            "people.event_field_invalid");
  EXPECT_EQ(refusal(one_event(R"("date": "2025-02-05", "state": "substitution", "records_from": "2025-02-30")"), kAdult),
            "people.event_field_invalid");
  EXPECT_EQ(refusal(one_event(R"("date": "2025-02-05", "state": "addicted")"), kAdult), "people.event_field_invalid");
}

TEST(PeopleTakeover, TheStateHistoryStartsAtTheRegime) {
  const auto r = run(one_event(R"("date": "2024-11-04", "state": "substitution")"), "2025-01-01", kAdult);
  ASSERT_EQ(r.state_history.size(), 1u);
  EXPECT_EQ(r.state_history[0].from.iso(), "2024-11-04");
}

// A management decision entered from a commune's list (or the registry's first record of it): the
// monthly residence checks of the months already ended were kept in the commune's own books
// (Law 73/2021 Art. 26.2; ND 105/2021 Art. 47 — one check per calendar month).
TEST(PeopleTakeover, ManagementDecisionFromAListOwesTheChecksFromTheDayItIsRecorded) {
  const auto r = run(R"([{"type": "user_management_decision", "date": "2026-03-15", "records_from": "2026-11-20"}])",
                     "2026-11-20", kAdult);
  std::vector<std::string> dues;
  for (const auto& x : all(r, "user_management.residence_check")) dues.push_back(due(x));
  // November (due 30/11) and every later month to the end of management (15/3/2027).
  EXPECT_EQ(dues, (std::vector<std::string>{"2026-11-30", "2026-12-31", "2027-01-31", "2027-02-28", "2027-03-15"}));
  EXPECT_EQ(due(one(r, "user_management.end")), "2027-03-15");
  const auto all_months = run(R"([{"type": "user_management_decision", "date": "2026-03-15"}])", "2026-11-20", kAdult);
  EXPECT_EQ(all(all_months, "user_management.residence_check").size(), 13u);  // March 2026 … March 2027
  EXPECT_EQ(refusal(R"([{"type": "user_management_decision", "date": "2026-03-15", "records_from": "2026-03-14"}])"),
            "people.event_field_invalid");
}
