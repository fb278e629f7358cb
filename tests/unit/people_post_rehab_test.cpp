// Post-rehab management — domain rule 24; Law 73/2021 Arts. 40, 43; ND 116/2021 Arts. 77–82.
#include "people_test_support.hpp"

using namespace people_test;

namespace {
const Date kAdult = *Date::parse("1990-01-01");
// Voluntary rehab completed on Saturday 20/12/2025.
const std::string kVoluntaryDone = R"(
    {"type": "addiction_result", "date": "2025-06-16", "result": "addicted"},
    {"type": "rehab_start", "date": "2025-06-20", "form": "home", "planned_months": 6},
    {"type": "rehab_complete", "date": "2025-12-20"})";
std::string list(const std::string& body) { return "[" + body + "]"; }

std::string compulsory_done(const char* release) {
  return std::string(R"([
    {"type": "addiction_result", "date": "2025-06-02", "result": "addicted"},
    {"type": "violation_report", "date": "2025-06-09", "reason": "not_registered"},
    {"type": "compulsory_file_compiled", "date": "2025-06-13"},
    {"type": "compulsory_file_forwarded", "date": "2025-06-19"},
    {"type": "court_decision", "date": "2025-06-25", "decision": "compulsory", "term_months": 6},
    {"type": "compulsory_admission", "date": "2025-06-27"},
    {"type": "compulsory_release", "date": ")") +
         release + R"("},
    {"type": "post_rehab_decision", "date": "2026-01-05"}])";
}
}  // namespace

TEST(PeoplePostRehab, Rule24_ReportProposalDecisionChain_ND116Art77_78) {
  const auto r = run(list(kVoluntaryDone + R"(,
      {"type": "post_rehab_report", "date": "2025-12-22"},
      {"type": "post_rehab_proposal", "date": "2025-12-23"})"),
                     "2025-12-23", kAdult);
  EXPECT_EQ(r.state, State::post_rehab_pending);
  EXPECT_EQ(due(one(r, "post_rehab.proposal")), "2025-12-25");  // Mon + 3 wd
  EXPECT_EQ(one(r, "post_rehab.proposal").status, DeadlineStatus::met);
  EXPECT_EQ(due(one(r, "post_rehab.decision")), "2025-12-25");  // Tue + 2 wd
}

TEST(PeoplePostRehab, Rule24_OneYearFromCompletionOfVoluntaryRehab_Law73Art40_1) {
  const auto r = run(list(kVoluntaryDone + R"(, {"type": "post_rehab_decision", "date": "2025-12-24"})"), "2025-12-24", kAdult);
  EXPECT_EQ(r.state, State::post_rehab);
  EXPECT_EQ(lists_for(r.state), std::vector<PersonList>{PersonList::post_rehab});  // Rule 28
  EXPECT_EQ(due(one(r, "post_rehab.end")), "2026-12-20");
}

TEST(PeoplePostRehab, Rule24_UnreportedAbsenceExtendsTheTerm_ND116Art79_1b) {
  const auto r = run(list(kVoluntaryDone + R"(, {"type": "post_rehab_decision", "date": "2025-12-24"},
      {"type": "unreported_absence", "date": "2026-03-01", "days": 10},
      {"type": "unreported_absence", "date": "2026-05-01", "days": 3})"),
                     "2026-05-01", kAdult);
  EXPECT_EQ(due(one(r, "post_rehab.end")), "2027-01-02");
  EXPECT_EQ(refusal(list(kVoluntaryDone + R"(, {"type": "post_rehab_decision", "date": "2025-12-24"},
      {"type": "unreported_absence", "date": "2026-03-01", "days": 10},
      {"type": "post_rehab_end", "date": "2026-12-21"})"),
                    kAdult),
            "people.period_not_expired");
}

TEST(PeoplePostRehab, Rule24_TwoYearsForAnAdultAfterCompulsoryRehab_Law73Art40_2) {
  const auto adult = run(compulsory_done("2025-12-29"), "2026-01-05", kAdult);
  EXPECT_EQ(due(one(adult, "post_rehab.end_adult_compulsory")), "2027-12-29");
  EXPECT_TRUE(all(adult, "post_rehab.end").empty());
  // A minor who completed compulsory rehab: 1 year.
  const auto minor = run(compulsory_done("2025-12-29"), "2026-01-05", d("2010-01-01"));
  EXPECT_EQ(due(one(minor, "post_rehab.end")), "2026-12-29");
}

TEST(PeoplePostRehab, Rule24_WithoutABirthDateTheTermIsAMissingFact) {
  const auto r = run(compulsory_done("2025-12-29"), "2026-01-05");
  const auto end = one(r, "post_rehab.end");
  EXPECT_EQ(end.status, DeadlineStatus::missing_person_fact);
  EXPECT_EQ(end.missing, "birth_date");
  EXPECT_FALSE(end.due.has_value());
}

TEST(PeoplePostRehab, Rule24_EndAndRemoval_Law73Art43_3_ND116Art81) {
  const std::string decided = kVoluntaryDone + R"(, {"type": "post_rehab_decision", "date": "2025-12-24"})";
  const auto done = run(list(decided + R"(, {"type": "post_rehab_end", "date": "2026-12-21"})"), "2026-12-21", kAdult);
  EXPECT_EQ(done.state, State::ended);
  EXPECT_EQ(one(done, "post_rehab.end").status, DeadlineStatus::late);
  const auto moved = run(list(decided + R"(, {"type": "post_rehab_removal", "date": "2026-03-01", "reason": "moved_away"})"),
                         "2026-03-01", kAdult);
  EXPECT_EQ(moved.state, State::ended);
  EXPECT_EQ(all(moved, "post_rehab.end").at(0).status, DeadlineStatus::superseded);
}

TEST(PeoplePostRehab, MovingNotifiesTheDestinationWithin5wd_ND116Art79_1c) {
  const auto r = run(list(kVoluntaryDone + R"(, {"type": "post_rehab_decision", "date": "2025-12-24"},
      {"type": "residence_moved", "date": "2026-03-02"})"),
                     "2026-03-02", kAdult);
  EXPECT_EQ(due(one(r, "post_rehab.move_notice")), "2026-03-09");
}

TEST(PeoplePostRehab, SubstitutionCompletionAlsoLeadsToOneYear_Law73Art40_1) {
  const auto r = run(R"([
    {"type": "addiction_result", "date": "2024-06-03", "result": "addicted"},
    {"type": "rehab_start", "date": "2024-06-05", "form": "substitution"},
    {"type": "substitution_stop", "date": "2025-12-01", "reason": "completed"},
    {"type": "post_rehab_decision", "date": "2025-12-05"}])",
                     "2025-12-05", kAdult);
  EXPECT_EQ(due(one(r, "post_rehab.end")), "2026-12-01");
}
