// Rule values set by an admin (an episode uses the pack in force on its start date), statistics by
// category, sex, age band and drug type, and the audited XLSX exports.
#include "app/people/exports.hpp"
#include "app/people/rule_book.hpp"
#include "app/people/statistics.hpp"
#include "people_test_support.hpp"
#include "report/xlsx_reader.hpp"

using namespace pcmt;

class PeopleRules : public test_support::PeopleTest {};
PCMT_ON_BOTH_ENGINES(PeopleRules);

TEST_P(PeopleRules, AnUnknownLaw120ValueSetByAnAdminGivesTheDeadlineItsDate) {
  const calendar::Date later{2026, 7, 20};
  auto in = person("040090001234", "Nguyễn Văn An", "1990-05-01");
  const int64_t before = add(in);
  auto in2 = person("040091001234", "Trần Văn Bình", "1991-01-01");
  const int64_t after = add(in2);
  // Detected on 30/6/2026 (Law 73/2021) and on 1/7/2026 (Law 120/2025, verification length unknown).
  app::people::record_event(db(), office, before, {"positive_test", "2026-06-30", {}, std::nullopt, ""}, later);
  app::people::record_event(db(), office, after, {"positive_test", "2026-07-01", {}, std::nullopt, ""}, later);
  auto verification = [&](int64_t id) {
    return db()
        .query("SELECT status, due_date, pack FROM person_deadlines WHERE person_id = $1 AND kind = "
               "'user_management.residence_verification'",
               {id})
        .one();
  };
  EXPECT_EQ(verification(before).str(2), "law-73-2021");
  EXPECT_EQ(verification(before).str(1), "2026-07-03");
  EXPECT_EQ(verification(after).str(0), "unknown_rule_value");
  EXPECT_TRUE(verification(after).is_null(1));

  EXPECT_EQ(error_of([&] {
              app::people::set_rule_value(db(), office, "law-120-2025", "user_management.residence_verification_wd", 2,
                                          "NĐ xx/2026 Điều yy", later);
            }).kind,
            app::ErrorKind::forbidden);
  EXPECT_EQ(error_of([&] {
              app::people::set_rule_value(db(), admin, "law-120-2025", "user_management.residence_verification_wd", 2,
                                          "", later);
            }).code,
            "rules.source_required");
  const auto change = run_job(app::people::set_rule_value(
      db(), admin, "law-120-2025", "user_management.residence_verification_wd", 2, "NĐ xx/2026/NĐ-CP Điều yy", later));
  EXPECT_EQ(change.at("recomputed").as_int64(), 1);
  EXPECT_EQ(verification(after).str(0), "open");
  EXPECT_EQ(verification(after).str(1), "2026-07-03");  // 2 working days after Wed 1/7
  EXPECT_EQ(verification(before).str(1), "2026-07-03");  // the Law 73/2021 episode is untouched
  auto packs = app::people::list_rule_packs(db(), leader);
  bool shown = false;
  for (const auto& p : packs)
    for (const auto& param : p.params)
      if (p.id == "law-120-2025" && param.name == "user_management.residence_verification_wd") {
        shown = param.overridden && param.unknown && param.value == 2.0 && param.override_source == "NĐ xx/2026/NĐ-CP Điều yy";
      }
  EXPECT_TRUE(shown);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'rules.set_value'"), 1);
  EXPECT_EQ(error_of([&] {
              app::people::set_rule_value(db(), admin, "law-120-2025", "no.such_param", 2, "x", later);
            }).kind,
            app::ErrorKind::not_found);
}

TEST_P(PeopleRules, StatisticsCountEachCategoryBySexAgeBandAndDrugType) {
  auto a = person("040090001234", "Nguyễn Văn An", "1990-05-01");  // 35: 30 and over
  a.drug_types = std::vector<std::string>{"heroin"};
  const int64_t an = add(a);
  event(an, "user_management_decision", "2025-06-09");
  auto b = person("040309001234", "Trần Thị Bình", "2009-06-16", "female");  // 16 today: 16 to under 18
  b.drug_types = std::vector<std::string>{"methamphetamine", "heroin"};
  const int64_t binh = add(b);
  event(binh, "addiction_result", "2025-06-02", {{"result", "addicted"}});
  const int64_t c = add(person("040200001234", "Lê Văn Cường", "2000-01-01", "male", kOtherCommune));
  event(c, "user_management_decision", "2025-06-09");
  add(person("040201001234", "Phạm Văn Dũng", "2001-01-01"));  // registered, under no regime

  auto s = app::people::people_statistics(db(), office, "", "", today);
  std::map<std::string, app::people::CategoryCounts> by;
  for (const auto& cat : s.categories) by[cat.code] = cat;
  EXPECT_EQ(by["users"].total, 2);
  EXPECT_EQ(by["users"].by_sex["male"], 2);
  EXPECT_EQ(by["users"].by_age_band["30_plus"], 1);
  EXPECT_EQ(by["users"].by_age_band["18_30"], 1);
  EXPECT_EQ(by["users"].by_drug_type["heroin"], 1);
  EXPECT_EQ(by["addicts"].total, 1);
  EXPECT_EQ(by["addicts"].by_sex["female"], 1);
  EXPECT_EQ(by["addicts"].by_age_band["16_18"], 1);
  EXPECT_EQ(by["addicts"].by_drug_type["methamphetamine"], 1);
  EXPECT_EQ(by["post_rehab"].total, 0);
  ASSERT_EQ(s.communes.size(), 2u);
  EXPECT_EQ(s.communes[0].code, kCommune);
  EXPECT_EQ(s.communes[0].by_category["users"], 1);
  EXPECT_EQ(s.communes[1].by_category["users"], 1);
  // A commune counts its own people only.
  auto mine = app::people::people_statistics(db(), commune, "", "", today);
  std::map<std::string, int64_t> totals;
  for (const auto& cat : mine.categories) totals[cat.code] = cat.total;
  EXPECT_EQ(totals["users"], 1);
  EXPECT_EQ(totals["addicts"], 1);
}

TEST_P(PeopleRules, ExportsNeedAReasonAreAuditedAndMaskIds) {
  const int64_t an = add(person("040090001234", "Nguyễn Văn An", "1990-05-01"));
  event(an, "user_management_decision", "2025-06-09");
  app::people::SearchQuery f;
  EXPECT_EQ(error_of([&] { app::people::export_people(db(), office, f, ""); }).code, "people.reason_required");
  auto bytes = app::people::export_people(db(), office, f, "Báo cáo tháng 6");
  auto rows = report::read_xlsx_rows(bytes);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields.at(1), "Họ và tên");
  EXPECT_EQ(rows[1].fields.at(1), "Nguyễn Văn An");
  EXPECT_EQ(rows[1].fields.at(2), "040******234");
  auto stats = report::read_xlsx_rows(app::people::export_statistics(db(), leader, "", "", "Báo cáo quý", today));
  ASSERT_GE(stats.size(), 2u);
  EXPECT_EQ(stats[1].fields.at(0), "Người sử dụng trái phép chất ma túy đang bị quản lý");
  EXPECT_EQ(stats[1].fields.at(1), "1");
  auto audit = db().query("SELECT object_type, reason FROM audit_log WHERE action = 'people.export' ORDER BY seq");
  ASSERT_EQ(audit.rows.size(), 2u);
  EXPECT_EQ(audit.rows[0].str(0), "people");
  EXPECT_EQ(audit.rows[0].str(1), "Báo cáo tháng 6");
  EXPECT_EQ(audit.rows[1].str(0), "statistics");
}
