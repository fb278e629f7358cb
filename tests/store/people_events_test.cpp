// Lifecycle events through the store: the engine allows or refuses, and what it derives (state,
// episodes, deadlines) is materialised for the worklist; facilities and their staff's scope.
#include "app/facilities.hpp"
#include "app/people/rule_book.hpp"
#include "app/people/search.hpp"
#include "app/people/worklist.hpp"
#include "people_test_support.hpp"

using namespace pcmt;

class PeopleEvents : public test_support::PeopleTest {
 protected:
  void SetUp() override {
    PeopleTest::SetUp();
    id = add(person("040090001234", "Nguyễn Văn An", "1990-05-01"));
  }
  std::string state() { return db().query("SELECT state FROM people WHERE id = $1", {id}).one().str(0); }
  int64_t id = 0;
};
PCMT_ON_BOTH_ENGINES(PeopleEvents);

TEST_P(PeopleEvents, AnAllowedEventMovesTheStateAndMaterialisesTheDeadlines) {
  // Law 73/2021 Art. 23, ND 105/2021 Arts. 41-43: detection → verification → notice → decision.
  event(id, "positive_test", "2025-06-02");
  EXPECT_EQ(state(), "detected");
  EXPECT_EQ(db().query("SELECT due_date, status, pack FROM person_deadlines WHERE person_id = $1 AND kind = "
                       "'user_management.residence_verification'",
                       {id})
                .one()
                .str(0),
            "2025-06-05");  // 3 working days after Monday 2/6
  event(id, "residence_verified", "2025-06-04", {{"stable", true}});
  event(id, "commune_notified", "2025-06-05");
  auto out = event(id, "user_management_decision", "2025-06-09");
  EXPECT_EQ(out.derived.report.state, pcmt::people::State::under_management);
  EXPECT_EQ(state(), "under_management");
  auto end = db().query("SELECT due_date, status, pack, params FROM person_deadlines WHERE person_id = $1 AND kind = "
                        "'user_management.end'",
                        {id})
                 .one();
  EXPECT_EQ(end.str(0), "2026-06-09");  // one year from the decision
  EXPECT_EQ(end.str(1), "open");
  EXPECT_EQ(end.str(2), "law-73-2021");
  EXPECT_EQ(end.str(3), "user_management.duration_months");
  EXPECT_NE(app::people::deadline_source("user_management.end", end.str(2), end.str(3)).find("Điều 23"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_deadlines WHERE person_id = $1 AND kind = "
                  "'user_management.decision' AND status = 'met'",
                  {id}),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_episodes WHERE person_id = $1 AND kind = 'user_management'", {id}), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'person.event'"), 4);
}

TEST_P(PeopleEvents, ARefusedTransitionIs409AndStoresNothing) {
  // Stopping management of someone who is not under management (ND 105/2021 Art. 48).
  auto e = error_of([&] { event(id, "user_management_stop", "2025-06-10", {{"reason", "prison"}}); });
  EXPECT_EQ(e.kind, app::ErrorKind::conflict);
  EXPECT_EQ(e.code, "people.transition_refused");
  // Someone recording one event is told why, not the event's position in the person's history.
  EXPECT_EQ(std::string(e.what()).find("Sự kiện thứ"), std::string::npos) << e.what();
  EXPECT_FALSE(std::string(e.what()).empty());
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_events"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'person.event'"), 0);
  EXPECT_EQ(state(), "none");
}

TEST_P(PeopleEvents, ARuleRefusalIs422WithTheEnginesCode) {
  event(id, "user_management_decision", "2025-06-09");
  // The period is not over: management cannot end yet (ND 105/2021 Art. 48.2).
  auto e = error_of([&] { event(id, "user_management_end", "2025-06-12"); });
  EXPECT_EQ(e.kind, app::ErrorKind::refused);
  EXPECT_EQ(e.code, "people.period_not_expired");
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_events"), 1);
  EXPECT_EQ(state(), "under_management");
}

TEST_P(PeopleEvents, MalformedEventsAre400) {
  EXPECT_EQ(error_of([&] { event(id, "no_such_event", "2025-06-09"); }).code, "people.event_type_unknown");
  EXPECT_EQ(error_of([&] { event(id, "positive_test", "2025-02-30"); }).code, "people.event_date_invalid");
  EXPECT_EQ(error_of([&] { event(id, "positive_test", "2025-06-17"); }).code, "people.event_date_future");
  EXPECT_EQ(error_of([&] { event(id, "residence_verified", "2025-06-09", {{"stable", "yes"}}); }).kind, app::ErrorKind::invalid);
}

TEST_P(PeopleEvents, WorklistShowsOverdueAndThisWeekForTheCommuneOnly) {
  event(id, "positive_test", "2025-06-10");  // verification due Fri 13/6: overdue on Mon 16/6
  const int64_t b = add(person("040092001234", "Trần Văn Bình", "1992-01-01"));
  event(b, "positive_test", "2025-06-13");  // due Wed 18/6: this week
  const int64_t c = add(person("040093001234", "Lê Văn Cường", "1993-01-01"));
  event(c, "user_management_decision", "2025-06-09");  // first residence check due 30/6: not this week
  const int64_t elsewhere = add(person("040094001234", "Phạm Văn Dũng", "1994-01-01", "male", kOtherCommune));
  event(elsewhere, "positive_test", "2025-06-10");

  auto w = app::people::worklist(db(), commune, "", "", today);
  EXPECT_EQ(w.week_start, "2025-06-16");
  EXPECT_EQ(w.week_end, "2025-06-22");
  EXPECT_EQ(w.overdue, 1);
  EXPECT_EQ(w.due_this_week, 1);
  ASSERT_EQ(w.items.size(), 2u);
  EXPECT_EQ(w.items[0].person_id, id);
  EXPECT_TRUE(w.items[0].overdue);
  EXPECT_EQ(w.items[0].due, "2025-06-13");
  EXPECT_EQ(w.items[0].personal_id, "040090001234");
  EXPECT_EQ(w.items[1].person_id, b);
  EXPECT_FALSE(w.items[1].overdue);
  EXPECT_EQ(w.items[1].label, "Xác minh nơi cư trú");

  // The province sees both communes; another commune only its own.
  EXPECT_EQ(app::people::worklist(db(), office, "", "", today).overdue, 2);
  EXPECT_EQ(app::people::worklist(db(), office, kCommune, "", today).items.size(), 2u);
  EXPECT_EQ(app::people::worklist(db(), other_commune, kCommune, "", today).items.size(), 0u);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'people.worklist'"), 4);
}

TEST_P(PeopleEvents, WithdrawingAnEventRecomputesTheLifecycle) {
  event(id, "positive_test", "2025-06-02");
  auto decision = event(id, "user_management_decision", "2025-06-09");
  EXPECT_EQ(state(), "under_management");
  EXPECT_EQ(error_of([&] { app::people::withdraw_event(db(), office, id, decision.event_id, "", today); }).code,
            "people.reason_required");
  app::people::withdraw_event(db(), office, id, decision.event_id, "Nhập nhầm ngày", today);
  EXPECT_EQ(state(), "detected");
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_deadlines WHERE person_id = $1 AND kind = 'user_management.end'", {id}), 0);
}

TEST_P(PeopleEvents, AFacilitysStaffSeeOnlyThePeopleInItsCare) {
  const int64_t agency = db().query("SELECT id FROM agencies WHERE province_code = '40' ORDER BY id LIMIT 1").one().i64(0);
  app::facilities::FacilityInput fin;
  fin.kind = "rehab";
  fin.name = "Cơ sở cai nghiện ma túy tỉnh Nghệ An";
  fin.capacity = 500;
  fin.agency_id = agency;
  auto facility = app::facilities::create_facility(db(), office, fin);
  EXPECT_EQ(facility.occupancy, 0);
  auto staff = test_support::make_actor(0, "cs_cainghien", app::Role::agency, app::ScopeKind::agency,
                                        std::to_string(agency));

  event(id, "addiction_result", "2025-06-02", {{"result", "addicted"}});
  app::people::SearchQuery all;
  EXPECT_EQ(app::people::search_people(db(), staff, all).total, 0);
  EXPECT_EQ(error_of([&] { app::people::read_person(db(), staff, id, "xem", today); }).kind, app::ErrorKind::not_found);
  // Substitution treatment needs a substitution facility.
  EXPECT_EQ(error_of([&] {
              event(id, "rehab_start", "2025-06-03", {{"form", "substitution"}}, nullptr, facility.id);
            }).code,
            "people.facility_kind_mismatch");
  event(id, "rehab_start", "2025-06-03", {{"form", "facility"}, {"planned_months", 6}}, nullptr, facility.id);
  EXPECT_EQ(db().query("SELECT facility_id FROM people WHERE id = $1", {id}).one().i64(0), facility.id);
  EXPECT_EQ(app::facilities::get_facility(db(), office, facility.id).occupancy, 1);
  EXPECT_EQ(app::people::search_people(db(), staff, all).total, 1);
  all.q = "nguyen van an";
  EXPECT_EQ(app::people::search_people(db(), staff, all).total, 1);
  EXPECT_EQ(app::people::read_person(db(), staff, id, "Tiếp nhận", today).person.id, id);
  // Staff record what happens in the facility.
  event(id, "rehab_complete", "2025-06-16", {{"stages", boost::json::array{"a", "b", "c"}}}, &staff);
  // Out of care: out of the staff's sight.
  EXPECT_EQ(app::people::search_people(db(), staff, all).total, 0);
  EXPECT_EQ(app::facilities::get_facility(db(), office, facility.id).occupancy, 0);
  EXPECT_EQ(error_of([&] { add(person("040092001234", "Trần Văn Bình", "1992-01-01"), &staff); }).kind, app::ErrorKind::forbidden);
}
