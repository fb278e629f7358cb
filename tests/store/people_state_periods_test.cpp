// A person's states over time (person_state_periods), as every lifecycle writer stores them, and
// the managed users of a past evaluation year counted from them (QĐ 28/2025 criteria I.a, II.a,
// III.a and drug-free criterion a): as of the window's last day, or today while it runs.
#include "app/areas/facts.hpp"
#include "app/clock.hpp"
#include "app/people/import.hpp"
#include "app/people/state_periods.hpp"
#include "people_test_support.hpp"

using namespace pcmt;

class PeopleStatePeriods : public test_support::PeopleTest {
 protected:
  // "state from..to|state from..|..." of the person, in order.
  std::string periods(int64_t id, const std::string& commune_code = kCommune) {
    std::string out;
    for (const auto& r : db().query("SELECT state, from_date, to_date, commune_code, province_code FROM "
                                    "person_state_periods WHERE person_id = $1 ORDER BY idx",
                                    {id})
                             .rows) {
      EXPECT_EQ(r.str(3), commune_code);
      EXPECT_EQ(r.str(4), "40");
      out += (out.empty() ? "" : "|") + r.str(0) + " " + r.str(1) + ".." + r.opt_str(2).value_or("");
    }
    return out;
  }

  // Events recorded on a later "today" than the fixture's (management that began in December 2025).
  void event_on(int64_t person, const std::string& type, const std::string& date, calendar::Date on) {
    app::people::record_event(db(), office, person, {type, date, {}, std::nullopt, ""}, on);
  }

  // The commune's managed users (and those not excluded from drug-free criterion a) in `w`.
  std::pair<int64_t, int64_t> managed(const app::areas::IsoWindow& w, const std::string& commune_code = kCommune) {
    const auto set = app::areas::count_facts(db(), "40", w, commune_code);
    const auto& f = set.communes.at(0).facts;
    return {f.managed_users.value_or(-1), f.resident_users_not_excluded.value_or(-1)};
  }

  // QĐ 28/2025 Điều 7 khoản 1: 15/12 of the previous year to 14/12.
  static app::areas::IsoWindow window(int year) {
    return {year, std::to_string(year - 1) + "-12-15", std::to_string(year) + "-12-14"};
  }
};
PCMT_ON_BOTH_ENGINES(PeopleStatePeriods);

TEST_P(PeopleStatePeriods, EachEventRewritesThePeriodsAndAWithdrawalTakesItsPeriodAway) {
  const int64_t id = add(person("040090001234", "Hồ Văn Phúc", "1990-05-01"));
  EXPECT_EQ(periods(id), "");  // no event, no state
  event(id, "positive_test", "2025-03-10");
  event(id, "residence_verified", "2025-03-12", {{"stable", true}});
  EXPECT_EQ(periods(id), "detected 2025-03-10..");
  event(id, "user_management_decision", "2025-03-19");
  EXPECT_EQ(periods(id), "detected 2025-03-10..2025-03-19|under_management 2025-03-19..");
  event(id, "addiction_result", "2025-05-05", {{"result", "addicted"}});
  EXPECT_EQ(periods(id),
            "detected 2025-03-10..2025-03-19|under_management 2025-03-19..2025-05-05|addicted 2025-05-05..");
  const int64_t last = db().query("SELECT MAX(id) FROM person_events").one().i64(0);
  app::people::withdraw_event(db(), office, id, last, "Ghi nhầm ngày", today);
  EXPECT_EQ(periods(id), "detected 2025-03-10..2025-03-19|under_management 2025-03-19..");
}

TEST_P(PeopleStatePeriods, PeriodsFollowThePersonToANewCommuneAndAMergeReplaysBothRecords) {
  const int64_t id = add(person("040090001234", "Hồ Văn Phúc", "1990-05-01"));
  event(id, "user_management_decision", "2025-03-19");
  app::people::PersonInput patch;
  patch.commune_code = kOtherCommune;
  app::people::update_person(db(), office, id, patch, today);
  EXPECT_EQ(periods(id, kOtherCommune), "under_management 2025-03-19..");
  // Residence history is not kept: the past year counts the person where they live now.
  EXPECT_EQ(managed(window(2025), kOtherCommune).first, 1);
  EXPECT_EQ(managed(window(2025), kCommune).first, 0);

  auto twin = person("040090001235", "Hồ Văn Phúc", "1990-05-01", "male", kOtherCommune);
  twin.confirm_not_duplicate = true;  // registered twice by mistake, merged below
  const int64_t dup = add(twin);
  event(dup, "addiction_result", "2025-05-05", {{"result", "addicted"}});
  app::people::merge_people(db(), office, id, dup, "Cùng một người", today);
  EXPECT_EQ(periods(id, kOtherCommune), "under_management 2025-03-19..2025-05-05|addicted 2025-05-05..");
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_state_periods WHERE person_id = $1", {dup}), 0);
}

TEST_P(PeopleStatePeriods, AnImportWritesThePeriodsOfItsStatuses) {
  app::people::ImportRequest req{"csv",
                                 "Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã,Tình trạng,Ngày quyết định\n"
                                 "040090001234,Hồ Văn Phúc,01/05/1990,Nam,16681,Đang quản lý,10/03/2025\n"
                                 "040091001235,Hồ Văn Phước,01/05/1991,Nam,16681,,\n",
                                 {},
                                 "",
                                 true};
  ASSERT_EQ(app::people::import_people(db(), office, req, today).imported, 2);
  const int64_t managed_id = db().query("SELECT id FROM people WHERE personal_id = '040090001234'").one().i64(0);
  EXPECT_EQ(periods(managed_id), "under_management 2025-03-10..");
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_state_periods"), 1);  // no status, no period
}

TEST_P(PeopleStatePeriods, ManagementOfMarch2024ToMarch2025CountsIn2024AndNotIn2025) {
  const int64_t id = add(person("040090001234", "Hồ Văn Phúc", "1990-05-01"));
  event(id, "user_management_decision", "2024-03-01");
  event(id, "user_management_end", "2025-03-01");  // decision + 1 year (ND 105/2021 Art. 43)
  EXPECT_EQ(periods(id), "under_management 2024-03-01..2025-03-01|ended 2025-03-01..");
  EXPECT_EQ(managed(window(2024)), std::make_pair(int64_t{1}, int64_t{1}));  // 14/12/2024: under management
  EXPECT_EQ(managed(window(2025)), std::make_pair(int64_t{0}, int64_t{0}));  // 14/12/2025: ended
  EXPECT_EQ(db().query("SELECT state FROM people WHERE id = $1", {id}).one().str(0), "ended");
}

TEST_P(PeopleStatePeriods, ManagementBegunOn15December2025CountsIn2026Only) {
  const auto now = app::vn_today();
  ASSERT_GE(now.iso(), "2025-12-15") << "the machine's clock is before the case";
  const int64_t id = add(person("040090001234", "Hồ Văn Phúc", "1990-05-01"));
  event_on(id, "user_management_decision", "2025-12-15", now);
  EXPECT_EQ(managed(window(2025)).first, 0);  // began the day after the 2025 window
  // 2026: as of 14/12/2026, or today while that window runs. The year of management ends on
  // 15/12/2026 and no end is recorded, so the person is under management either way.
  EXPECT_EQ(managed(window(2026)).first, 1);
}

TEST_P(PeopleStatePeriods, TheExcludedFormsCountAsManagedButNotAgainstDrugFreeCriterionA) {
  const int64_t id = add(person("040090001234", "Hồ Văn Phúc", "1990-05-01"));
  event(id, "addiction_result", "2025-01-06", {{"result", "addicted"}});
  event(id, "registration", "2025-01-08", {{"form", "substitution"}});
  event(id, "rehab_decision", "2025-01-10", {{"form", "substitution"}});
  event(id, "rehab_start", "2025-01-13", {{"form", "substitution"}});
  ASSERT_EQ(db().query("SELECT state FROM people WHERE id = $1", {id}).one().str(0), "substitution");
  // Law 73/2021 Art. 41; QĐ 28/2025 Điều 6 khoản 1: in substitution treatment, not held against a.
  EXPECT_EQ(managed(window(2025)), std::make_pair(int64_t{1}, int64_t{0}));
}

TEST_P(PeopleStatePeriods, APreMigrationRegistryGetsItsPeriodsOnceByReplayingTheEvents) {
  const int64_t a = add(person("040090001234", "Hồ Văn Phúc", "1990-05-01"));
  event(a, "user_management_decision", "2024-03-01");
  event(a, "user_management_end", "2025-03-01");
  const int64_t b = add(person("040091001235", "Lê Văn Cường", "1991-05-01", "male", kOtherCommune));
  event(b, "addiction_result", "2025-05-05", {{"result", "addicted"}});
  add(person("040092001236", "Bùi Văn Nam", "1992-05-01"));  // no event: no period
  const std::string before_a = periods(a), before_b = periods(b, kOtherCommune);
  db().exec_script("DELETE FROM person_state_periods");  // as a database from before migration 0008

  const auto done = app::people::backfill_state_periods(db(), today);
  EXPECT_EQ(done.people, 2);
  EXPECT_TRUE(done.not_replayed.empty());
  EXPECT_EQ(periods(a), before_a);
  EXPECT_EQ(periods(b, kOtherCommune), before_b);
  EXPECT_EQ(managed(window(2024)).first, 1);
  // Periods exist now: a second run does nothing.
  EXPECT_EQ(app::people::backfill_state_periods(db(), today).people, 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_state_periods"), 3);
}

TEST_P(PeopleStatePeriods, TheBackfillLeavesOutAPersonTheCurrentRulesRefuseAndSaysWho) {
  const int64_t a = add(person("040090001234", "Hồ Văn Phúc", "1990-05-01"));
  event(a, "user_management_decision", "2024-03-01");
  const int64_t b = add(person("040091001235", "Lê Văn Cường", "1991-05-01"));
  event(b, "user_management_decision", "2024-03-01");
  // An event the engine refuses (management ended before its year is over), as a stored row.
  db().query("INSERT INTO person_events (person_id, type, event_date, body, recorded_at) VALUES ($1, "
             "'user_management_end', '2024-04-01', '{\"type\":\"user_management_end\",\"date\":\"2024-04-01\"}', 0)",
             {b});
  db().exec_script("DELETE FROM person_state_periods");
  const auto done = app::people::backfill_state_periods(db(), today);
  EXPECT_EQ(done.people, 1);
  EXPECT_EQ(done.not_replayed, std::vector<int64_t>{b});
  EXPECT_EQ(periods(a), "under_management 2024-03-01..");
  EXPECT_EQ(periods(b), "");
}
