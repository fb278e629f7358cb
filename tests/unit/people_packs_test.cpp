// The people rule packs (rules/law-73-2021.json, rules/law-120-2025.json) and the switch from
// Law 73/2021 to Law 120/2025 on 1/7/2026: an episode uses the pack in force on its start date.
#include "core/people/deadline_rules.hpp"
#include "core/people/rule_param.hpp"
#include "people_test_support.hpp"

using namespace people_test;
using pcmt::rules::RulePack;

namespace {
const RulePack& pack(const char* id) {
  for (const auto& p : book().packs())
    if (p.id() == id) return p;
  throw std::out_of_range(id);
}
}  // namespace

TEST(PeoplePacks, InForceFrom2022ToJune2026ThenLaw120) {
  EXPECT_EQ(book().in_force("people", "2022-01-01").id(), "law-73-2021");
  EXPECT_EQ(book().in_force("people", "2026-06-30").id(), "law-73-2021");
  EXPECT_EQ(book().in_force("people", "2026-07-01").id(), "law-120-2025");
  EXPECT_THROW(book().in_force("people", "2021-12-31"), std::out_of_range);
}

TEST(PeoplePacks, EveryParamHasAUnitAndAnArticle) {
  for (const char* id : {"law-73-2021", "law-120-2025"})
    for (const auto& [name, _] : pack(id).params()) {
      const auto p = read_param(pack(id), name);
      ASSERT_TRUE(p) << name;
      EXPECT_FALSE(p->source.empty()) << id << " " << name;
    }
}

TEST(PeoplePacks, Law73ValuesFollowTheDomainNotes) {
  const auto& p = pack("law-73-2021");
  const std::pair<const char*, double> expected[] = {
      {"user_management.residence_verification_wd", 3}, {"user_management.residence_verification_remote_wd", 10},
      {"user_management.notice_wd", 3},                 {"user_management.decision_wd", 3},
      {"user_management.duration_months", 12},          {"user_management.move_transfer_wd", 5},
      {"user_management.stop_end_notice_wd", 3},        {"residence.stable_min_days", 30},
      {"addiction.result_days", 5},                     {"addiction.staff_dispatch_hours", 24},
      {"registration.deadline_wd", 5},                  {"registration.decision_wd", 3},
      {"registration.start_wd", 5},                     {"registration.min_age_years", 12},
      {"voluntary_rehab.home_min_months", 6},           {"voluntary_rehab.home_max_months", 12},
      {"voluntary_rehab.provider_notice_wd", 5},        {"self_termination.consecutive_missed_doses", 10},
      {"compulsory.file_compile_wd", 5},                {"compulsory.file_read_wd", 3},
      {"compulsory.file_forward_wd", 1},                {"compulsory.escort_days", 5},
      {"compulsory.release_notice_days", 15},           {"compulsory.return_report_wd", 5},
      {"compulsory.minor_term_min_months", 6},          {"compulsory.minor_term_max_months", 12},
      {"post_rehab.duration_months", 12},               {"post_rehab.adult_compulsory_duration_months", 24},
      {"post_rehab.proposal_wd", 3},                    {"post_rehab.decision_wd", 2},
      {"substitution.guardian_consent_below_age", 16},  {"testing.guardian_consent_below_age", 18},
  };
  for (auto [name, value] : expected) EXPECT_EQ(p.number(name), value) << name;
}

TEST(PeoplePacks, UnconfirmedValuesAreFlagged) {
  // Adult compulsory term 12–24 months: Law on Handling Administrative Violations Art. 95, UNCONFIRMED.
  EXPECT_FALSE(read_param(pack("law-73-2021"), "compulsory.adult_term_min_months")->confirmed);
  EXPECT_TRUE(read_param(pack("law-73-2021"), "compulsory.minor_term_min_months")->confirmed);
  // Law 120/2025 third-party readings: 24 h decision, 1-year management, 24/36-month rehab terms.
  for (const char* name : {"user_management.decision_hours_after_positive", "user_management.duration_months",
                           "rehab.term_first_months", "rehab.term_repeat_months"}) {
    const auto p = read_param(pack("law-120-2025"), name);
    EXPECT_FALSE(p->confirmed) << name;
    EXPECT_FALSE(p->unknown) << name;
  }
}

TEST(PeoplePacks, Law120ValuesTheNotesDoNotGiveAreUnknownNotGuessed) {
  const auto& p = pack("law-120-2025");
  for (const char* name : {"user_management.residence_verification_wd", "registration.deadline_wd", "post_rehab.duration_months",
                           "compulsory.file_compile_wd", "addiction.result_days"}) {
    EXPECT_TRUE(p.is_unknown(name)) << name;
    EXPECT_TRUE(p.params().at(name).as_object().at("value").is_null()) << name;
    EXPECT_THROW(p.number(name), pcmt::rules::UnknownRuleValue) << name;
  }
  EXPECT_EQ(p.number("user_management.move_transfer_hours"), 24);
  EXPECT_EQ(p.number("compulsory.minor_min_age"), 12);
}

TEST(PeoplePacks, EveryDeadlineRuleParamExistsInAPack) {
  for (const auto& rule : deadline_rules())
    for (auto name : rule.params)
      EXPECT_TRUE(pack("law-73-2021").has(name) || pack("law-120-2025").has(name)) << rule.kind << " " << name;
}

TEST(PeoplePacks, PackSwitch_EpisodeStartedBeforeJuly2026KeepsLaw73) {
  const auto r = run(R"([{"type": "positive_test", "date": "2026-06-30"}])", "2026-06-30");
  const auto v = one(r, "user_management.residence_verification");
  EXPECT_EQ(v.pack, "law-73-2021");
  EXPECT_EQ(due(v), "2026-07-03");
  EXPECT_TRUE(all(r, "user_management.decision_after_positive").empty());
  // A decision taken under Law 120/2025 on an episode that began under Law 73/2021.
  const auto decided = run(R"([{"type": "positive_test", "date": "2026-06-30"},
                                {"type": "user_management_decision", "date": "2026-07-06"}])",
                           "2026-07-06");
  EXPECT_EQ(one(decided, "user_management.end").pack, "law-73-2021");
  EXPECT_TRUE(one(decided, "user_management.end").confirmed);
}

TEST(PeoplePacks, PackSwitch_FromJuly2026UnknownValuesAreReportedNotGuessed) {
  const auto r = run(R"([{"type": "positive_test", "date": "2026-07-01"}])", "2026-07-01");
  const auto v = one(r, "user_management.residence_verification");
  EXPECT_EQ(v.pack, "law-120-2025");
  EXPECT_EQ(v.status, DeadlineStatus::unknown_rule_value);
  EXPECT_EQ(v.missing, "user_management.residence_verification_wd");
  EXPECT_FALSE(v.due.has_value());
  const auto decision = one(r, "user_management.decision_after_positive");
  EXPECT_EQ(due(decision), "2026-07-02");  // 24 h
  EXPECT_FALSE(decision.confirmed);
}

TEST(PeoplePacks, PackSwitch_Law120ManagementAndMoves) {
  const auto r = run(R"([{"type": "user_management_decision", "date": "2026-07-02"},
                         {"type": "residence_moved", "date": "2026-08-03"}])",
                     "2026-08-03");
  const auto end = one(r, "user_management.end");
  EXPECT_EQ(due(end), "2027-07-02");
  EXPECT_FALSE(end.confirmed);
  const auto check = one(r, "user_management.residence_check");  // interval unknown: one entry says so
  EXPECT_EQ(check.status, DeadlineStatus::unknown_rule_value);
  EXPECT_EQ(check.missing, "user_management.residence_check_interval_months");
  EXPECT_EQ(due(one(r, "user_management.move_transfer_24h")), "2026-08-04");
  EXPECT_EQ(due(one(r, "user_management.report_new_residence")), "2026-08-04");
  EXPECT_TRUE(all(r, "user_management.move_transfer").empty());
}

TEST(PeoplePacks, PackSwitch_RegistrationUnderLaw120IsUnknown) {
  const auto r = run(R"([{"type": "addiction_result", "date": "2026-07-06", "result": "addicted"}])", "2026-07-06");
  const auto reg = one(r, "registration.deadline");
  EXPECT_EQ(reg.status, DeadlineStatus::unknown_rule_value);
  EXPECT_EQ(reg.missing, "registration.deadline_wd");
}

TEST(PeoplePacks, AnAdminSetValueIsUsed) {
  auto edited = book();
  edited.find("law-120-2025")->set("registration.deadline_wd", 7);
  const auto r = compute_lifecycle(R"([{"type": "addiction_result", "date": "2026-07-06", "result": "addicted"}])", edited,
                                   pcmt::calendar::HolidayCalendar::standard(), {}, d("2026-07-06"));
  EXPECT_EQ(due(one(r, "registration.deadline")), "2026-07-15");
}

TEST(PeoplePacks, BeforeAnyPackTheDeadlineSaysSo) {
  const auto r = run(R"([{"type": "user_management_decision", "date": "2021-05-04"}])", "2021-05-04");
  EXPECT_EQ(r.episodes[0].pack, "");
  EXPECT_EQ(one(r, "user_management.end").status, DeadlineStatus::no_rule_pack);
}
