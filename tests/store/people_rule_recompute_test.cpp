// Setting a rule value replays every person under the pack but rewrites only the people, and the
// derived tables, whose rows the value changes; what is stored is what a full replay gives.
#include <map>
#include <set>

#include "app/people/lifecycle_store.hpp"
#include "app/people/rule_book.hpp"
#include "people_test_support.hpp"

using namespace pcmt;

class PeopleRuleRecompute : public test_support::PeopleTest {
 protected:
  void SetUp() override {
    PeopleTest::SetUp();
    // Law 73/2021: one person under user management, one in post-rehab management after voluntary
    // rehab at home, one in voluntary rehab at home planned for 6 months.
    managed = add(person("040090001234", "Nguyễn Văn An", "1990-05-01"));
    event(managed, "user_management_decision", "2025-06-09");
    post_rehab = add(person("040091001234", "Trần Văn Bình", "1991-01-01"));
    event(post_rehab, "addiction_result", "2024-10-01", {{"result", "addicted"}});
    event(post_rehab, "rehab_start", "2024-10-07", {{"form", "home"}, {"planned_months", 6}});
    event(post_rehab, "rehab_complete", "2025-04-07", {{"stages", boost::json::array{"a", "b", "c"}}});
    event(post_rehab, "post_rehab_report", "2025-04-08");
    in_rehab = add(person("040092001234", "Lê Văn Cường", "1992-01-01"));
    event(in_rehab, "addiction_result", "2025-05-05", {{"result", "addicted"}});
    event(in_rehab, "rehab_start", "2025-05-12", {{"form", "home"}, {"planned_months", 6}});
    // Law 120/2025, recorded last: its rows are the newest, so a row rewritten under Law 73/2021 gets
    // a physical identity (SQLite rowid) none of the earlier rows had.
    later_law = add(person("040093001234", "Phạm Văn Dũng", "1993-01-01"));
    app::people::record_event(db(), office, later_law, {"positive_test", "2026-07-01", {}, std::nullopt, ""},
                              calendar::Date{2026, 7, 20});
  }

  // Each derived row of `person` as "physical identity|column|column...": SQLite's rowid and
  // PostgreSQL's ctid change when a row is deleted and inserted again (or updated).
  std::map<std::string, std::vector<std::string>> stored(int64_t person, bool with_identity = true) {
    const std::string identity = db().engine() == store::Engine::sqlite ? "rowid" : "ctid::text";
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& t : app::people::derived_tables()) {
      for (const auto& r : db().query("SELECT " + identity + ", * FROM " + t.name + " WHERE person_id = $1 ORDER BY idx",
                                      {person})
                               .rows) {
        std::string line;
        for (size_t i = with_identity ? 0 : 1; i < r.size(); ++i) line += (r.is_null(i) ? "NULL" : r.str(i)) + "|";
        out[t.name].push_back(line);
      }
    }
    const auto p = db().query("SELECT state, facility_id FROM people WHERE id = $1", {person}).one();
    out["people"].push_back(p.str(0) + "|" + p.str(1));
    return out;
  }

  std::map<int64_t, std::map<std::string, std::vector<std::string>>> everyone(bool with_identity = true) {
    std::map<int64_t, std::map<std::string, std::vector<std::string>>> out;
    for (int64_t id : {managed, post_rehab, in_rehab, later_law}) out[id] = stored(id, with_identity);
    return out;
  }

  double value_of(const std::string& pack, const std::string& param) {
    for (const auto& p : app::people::list_rule_packs(db(), admin))
      for (const auto& x : p.params)
        if (p.id == pack && x.name == param) return x.value.value_or(-1);
    ADD_FAILURE() << "no param " << param;
    return -1;
  }

  // The recompute job's report.
  app::people::RuleChange set(const std::string& param, double value) {
    const auto r = run_job(
        app::people::set_rule_value(db(), admin, "law-73-2021", param, value, "NĐ xx/2026/NĐ-CP Điều yy", today));
    app::people::RuleChange c;
    c.recomputed = static_cast<int>(r.at("recomputed").as_int64());
    c.changed = static_cast<int>(r.at("changed").as_int64());
    for (const auto& id : r.at("now_refused").as_array()) c.now_refused.push_back(id.as_int64());
    return c;
  }

  int64_t managed = 0, post_rehab = 0, in_rehab = 0, later_law = 0;
};
PCMT_ON_BOTH_ENGINES(PeopleRuleRecompute);

TEST_P(PeopleRuleRecompute, AValueRewritesTheDeadlinesOfThePeopleItChangesAndNoOtherRow) {
  const auto before = everyone();
  const std::string param = "post_rehab.proposal_wd";  // read when a person reports after rehab
  const auto change = set(param, value_of("law-73-2021", param) + 5);
  EXPECT_EQ(change.recomputed, 3);
  EXPECT_EQ(change.changed, 1);
  EXPECT_TRUE(change.now_refused.empty());
  const auto after = everyone();
  for (int64_t untouched : {managed, in_rehab, later_law}) EXPECT_EQ(after.at(untouched), before.at(untouched));
  for (const char* table : {"person_state_periods", "person_episodes", "people"})
    EXPECT_EQ(after.at(post_rehab).at(table), before.at(post_rehab).at(table)) << table;
  // Every deadline row of the changed person is new, and the proposal is due 5 working days later.
  const auto& old_rows = before.at(post_rehab).at("person_deadlines");
  const auto& new_rows = after.at(post_rehab).at("person_deadlines");
  ASSERT_EQ(new_rows.size(), old_rows.size());
  const std::set<std::string> old_set(old_rows.begin(), old_rows.end());
  for (const auto& r : new_rows) EXPECT_FALSE(old_set.contains(r)) << r;
  const auto proposal_due = [&] {
    return db()
        .query("SELECT due_date FROM person_deadlines WHERE person_id = $1 AND kind = 'post_rehab.proposal'",
               {post_rehab})
        .one()
        .str(0);
  };
  EXPECT_EQ(proposal_due(), "2025-04-18");  // 8 working days after the report on Tue 8/4
  // The value is audited when set, the recompute's counts when the job ends.
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'rules.set_value'"), 1);
  const auto detail = db().query("SELECT detail FROM audit_log WHERE action = 'rules.recompute'").one().str(0);
  EXPECT_NE(detail.find("\"changed\":1"), std::string::npos) << detail;

  // Setting the same value again rewrites nothing.
  const auto again = set(param, value_of("law-73-2021", param));
  EXPECT_EQ(again.recomputed, 3);
  EXPECT_EQ(again.changed, 0);
  EXPECT_EQ(everyone(), after);
}

TEST_P(PeopleRuleRecompute, WhatIsStoredIsWhatAFullReplayGives) {
  for (const auto& [param, delta] : std::vector<std::pair<std::string, double>>{
           {"post_rehab.proposal_wd", 5}, {"voluntary_rehab.provider_notice_wd", 5}, {"user_management.duration_months", 6},
           {"post_rehab.duration_months", -3}, {"user_management.residence_check_interval_months", 2}}) {
    set(param, value_of("law-73-2021", param) + delta);
    const auto written = everyone(false);
    const auto book = app::people::people_rule_book(db());
    for (int64_t id : {managed, post_rehab, in_rehab, later_law}) app::people::rederive(db(), id, book, today);
    EXPECT_EQ(everyone(false), written) << param;
  }
}

TEST_P(PeopleRuleRecompute, PeopleTheNewValueRefusesKeepTheirRowsAndAreListed) {
  const auto before = everyone();
  // A 6-month plan at home is under the new 7-month minimum: the recorded starts no longer replay.
  const auto change = set("voluntary_rehab.home_min_months", 7);
  EXPECT_EQ(change.now_refused, (std::vector<int64_t>{post_rehab, in_rehab}));
  EXPECT_EQ(change.recomputed, 1);
  EXPECT_EQ(change.changed, 0);
  EXPECT_EQ(everyone(), before);
}

TEST_P(PeopleRuleRecompute, BadInputChangesNothing) {
  const auto before = everyone();
  const auto audit = count("SELECT COUNT(*) FROM audit_log");
  const std::string param = "voluntary_rehab.provider_notice_wd";
  EXPECT_EQ(error_of([&] { set(param, -1); }).code, "rules.value_invalid");
  EXPECT_EQ(error_of([&] {
              app::people::set_rule_value(db(), admin, "law-73-2021", param, 20, "  ", today);
            }).code,
            "rules.source_required");
  EXPECT_EQ(error_of([&] { set("no.such_param", 20); }).kind, app::ErrorKind::not_found);
  EXPECT_EQ(error_of([&] {
              app::people::set_rule_value(db(), office, "law-73-2021", param, 20, "NĐ xx/2026/NĐ-CP", today);
            }).kind,
            app::ErrorKind::forbidden);
  EXPECT_EQ(everyone(), before);
  EXPECT_EQ(count("SELECT COUNT(*) FROM rule_pack_overrides"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), audit);
}
