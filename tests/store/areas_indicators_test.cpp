// The plan indicators counted from the registries on both engines: the window edges (14/12 vs
// 15/12), the previous year's window, the points' lifecycle dates, border communes approved
// drug-free, the province's own targets (audited, in force from a year on) and the scope.
#include "app/areas/indicators.hpp"
#include "app/areas/points.hpp"
#include "app/areas/registry.hpp"
#include "app/communes.hpp"
#include "areas_fixture.hpp"

using namespace pcmt;
namespace ar = app::areas;
using test_support::expect_error;
using test_support::obj;

class AreasIndicators : public test_support::AreasTest {
 protected:
  int64_t add(const char* registry, const std::string& body) {
    return ar::create_record(db(), office, ar::registry(registry), obj(body)).at("id").as_int64();
  }
  void add_case(const std::string& commune, const std::string& date, const std::string& status = "investigating") {
    // The status took effect on the case's date (the history is tested in tests/api/areas-case-status.test.ts).
    add("cases", R"({"commune_code":")" + commune + R"(","case_date":")" + date + R"(","status":")" + status +
                     R"(","status_date":")" + date + R"("})");
  }
  int64_t add_point(const std::string& commune, const std::string& kind, const std::string& found,
                    const std::string& address) {
    return add("points", R"({"commune_code":")" + commune + R"(","kind":")" + kind + R"(","address":")" + address +
                             R"(","found_date":")" + found + R"("})");
  }
  // found → verified → being_dismantled → eliminated, the last step on `date`.
  void eliminate(int64_t id, const std::string& date) {
    for (const char* s : {"verified", "being_dismantled", "eliminated"})
      ar::change_point_status(db(), office, id, s, date, "");
  }
  // The result of one indicator in the total, or in the commune `code`.
  boost::json::object result(const boost::json::object& doc, const std::string& indicator,
                             const std::string& code = {}) {
    const boost::json::array* list = &doc.at("total").at("indicators").as_array();
    if (!code.empty())
      for (const auto& c : doc.at("communes").as_array())
        if (c.at("code").as_string() == code) list = &c.at("indicators").as_array();
    for (const auto& r : *list)
      if (r.at("indicator").as_string() == indicator) return r.as_object();
    ADD_FAILURE() << indicator;
    return {};
  }
  boost::json::object get(const app::Actor& a, int year, const std::string& commune = {}) {
    return ar::indicators(db(), a, "", year, commune);
  }
  void approve_drug_free(const std::string& commune, int year) {
    db().query(
        "INSERT INTO area_drug_free_assessments (province_code, commune_code, year, status, facts_json, "
        "proposed_at) VALUES ('40', $1, $2, 'approved', '{}', 0)",
        {commune, static_cast<int64_t>(year)});
  }
  void set_border(const std::string& code) {
    app::CommunePatch p;
    p.is_border = true;
    app::update_commune(db(), office, code, p);
  }
};
PCMT_ON_BOTH_ENGINES(AreasIndicators);

TEST_P(AreasIndicators, CasesAreCountedInTheirWindowAndComparedWithTheYearBefore) {
  // 2025 = 15/12/2024 … 14/12/2025; 2024 = 15/12/2023 … 14/12/2024.
  for (const char* d : {"2023-12-14", "2023-12-15", "2024-12-14"}) add_case("16681", d);  // 2024: 2
  for (int i = 0; i < 21; ++i) add_case("16681", "2025-06-01");
  add_case("16681", "2024-12-15", "prosecuted");  // first day of 2025
  add_case("16681", "2025-12-14", "tried");       // last day of 2025
  add_case("16681", "2025-12-15", "tried");       // 2026
  add_case("16690", "2025-03-03", "tried");

  const auto doc = get(office, 2025);
  EXPECT_EQ(doc.at("window").at("from").as_string(), "2024-12-15");
  EXPECT_EQ(doc.at("previous_window").at("from").as_string(), "2023-12-15");
  EXPECT_EQ(doc.at("previous_window").at("to").as_string(), "2024-12-14");
  const auto c = result(doc, "cases_change", "16681");
  EXPECT_EQ(c.at("current").as_int64(), 23);
  EXPECT_EQ(c.at("previous").as_int64(), 2);
  EXPECT_EQ(c.at("change_bp").as_int64(), 105000);  // +1,050%
  EXPECT_EQ(c.at("met").as_string(), "met");
  const auto r = result(doc, "cases_resolved", "16681");
  EXPECT_EQ(r.at("part").as_int64(), 2);
  EXPECT_EQ(r.at("whole").as_int64(), 23);
  EXPECT_EQ(r.at("met").as_string(), "not_met");
  // Another commune had no case the year before: no change can be computed.
  const auto other = result(doc, "cases_change", "16690");
  EXPECT_EQ(other.at("previous").as_int64(), 0);
  EXPECT_TRUE(other.at("change_bp").is_null());
  EXPECT_EQ(other.at("met").as_string(), "no_data");
  EXPECT_EQ(result(doc, "cases_resolved", "16690").at("met").as_string(), "met");  // 1 of 1 tried
  // The province total adds the communes: 24 vs 2.
  EXPECT_EQ(result(doc, "cases_change").at("current").as_int64(), 24);
  EXPECT_EQ(result(doc, "cases_change").at("previous").as_int64(), 2);
  // 2026 compares with 2025: 1 vs 24.
  EXPECT_EQ(result(get(office, 2026), "cases_change", "16681").at("previous").as_int64(), 23);
}

TEST_P(AreasIndicators, PlusFivePercentExactlyIsMet) {
  for (int i = 0; i < 20; ++i) add_case("16681", "2024-05-05");
  for (int i = 0; i < 21; ++i) add_case("16681", "2025-05-05", i < 18 ? "tried" : "investigating");
  const auto doc = get(office, 2025);
  EXPECT_EQ(result(doc, "cases_change", "16681").at("change_bp").as_int64(), 500);
  EXPECT_EQ(result(doc, "cases_change", "16681").at("met").as_string(), "met");
  EXPECT_EQ(result(doc, "cases_resolved", "16681").at("met").as_string(), "not_met");  // 18/21 = 85.7%
}

TEST_P(AreasIndicators, PointsUnderManagementEliminatedRetailAndReformed) {
  const int64_t old_hotspot = add_point("16681", "hotspot", "2024-03-01", "Bến xe cũ");
  eliminate(old_hotspot, "2024-12-14");  // eliminated on the last day of 2024: not managed in 2025
  const int64_t use_point = add_point("16681", "use_point", "2024-06-01", "Số 5 ngõ 3");
  eliminate(use_point, "2024-12-15");                        // first day of 2025: managed and eliminated in 2025
  add_point("16681", "hotspot", "2025-12-14", "Chợ đêm");    // found on the last day: managed, not eliminated
  add_point("16681", "hotspot", "2025-12-15", "Công viên");  // 2026
  // Retail points: 20 standing at the end of 2024; one eliminated in 2025 → 19 (−5% exactly).
  std::vector<int64_t> retail;
  for (int i = 0; i < 20; ++i)
    retail.push_back(
        add_point("16681", "retail", "2024-01-0" + std::to_string(1 + i % 9), "Ki ốt " + std::to_string(i)));
  eliminate(retail.front(), "2025-02-01");
  // Re-formed at the old hotspot's place in 2025.
  add_point("16681", "use_point", "2025-04-01", "bến xe CŨ");

  const auto doc = get(office, 2025);
  const auto e = result(doc, "points_eliminated", "16681");
  EXPECT_EQ(e.at("whole").as_int64(), 3);  // use point, Chợ đêm, the re-formed one
  EXPECT_EQ(e.at("part").as_int64(), 1);
  EXPECT_EQ(e.at("share_bp").as_int64(), 3333);
  EXPECT_EQ(e.at("met").as_string(), "not_met");
  const auto rt = result(doc, "retail_change", "16681");
  EXPECT_EQ(rt.at("current").as_int64(), 19);
  EXPECT_EQ(rt.at("previous").as_int64(), 20);
  EXPECT_EQ(rt.at("change_bp").as_int64(), -500);
  EXPECT_EQ(rt.at("met").as_string(), "met");
  EXPECT_EQ(result(doc, "reformed_points", "16681").at("count").as_int64(), 1);
  EXPECT_EQ(result(doc, "reformed_points", "16681").at("met").as_string(), "not_met");
  // In 2026: the hotspot found on 15/12/2025 and the two left standing are managed; none eliminated.
  const auto next = get(office, 2026);
  EXPECT_EQ(result(next, "points_eliminated", "16681").at("whole").as_int64(), 3);
  EXPECT_EQ(result(next, "points_eliminated", "16681").at("part").as_int64(), 0);
  EXPECT_EQ(result(next, "reformed_points", "16681").at("count").as_int64(), 0);
  // A commune without points has no share to judge.
  EXPECT_EQ(result(doc, "points_eliminated", "16690").at("met").as_string(), "no_data");
  EXPECT_EQ(result(doc, "reformed_points", "16690").at("met").as_string(), "met");
}

TEST_P(AreasIndicators, BorderCommunesKeptDrugFreeAreTheApprovedOnesOfTheYear) {
  set_border("16681");
  set_border("16690");
  approve_drug_free("16681", 2025);
  approve_drug_free("16690", 2024);  // an earlier year does not count for 2025
  const auto doc = get(office, 2025);
  const auto b = result(doc, "border_drug_free");
  EXPECT_EQ(b.at("whole").as_int64(), 2);
  EXPECT_EQ(b.at("part").as_int64(), 1);
  EXPECT_EQ(b.at("met").as_string(), "not_met");
  EXPECT_EQ(result(doc, "border_drug_free", "16681").at("met").as_string(), "met");
  EXPECT_EQ(result(doc, "border_drug_free", "16690").at("met").as_string(), "not_met");
  approve_drug_free("16690", 2025);
  EXPECT_EQ(result(get(office, 2025), "border_drug_free").at("met").as_string(), "met");
}

TEST_P(AreasIndicators, ACommuneUserSeesOnlyItsCommune) {
  add_case("16681", "2025-05-05");
  add_case("16690", "2025-05-05");
  add_case("16690", "2025-05-06");
  const auto doc = get(commune, 2025);
  EXPECT_EQ(doc.at("scope").as_string(), "commune");
  ASSERT_EQ(doc.at("communes").as_array().size(), 1u);
  EXPECT_EQ(doc.at("communes").as_array()[0].at("code").as_string(), "16681");
  EXPECT_EQ(result(doc, "cases_change").at("current").as_int64(), 1);  // the total is its commune's
  EXPECT_FALSE(doc.at("can_set_targets").as_bool());
  expect_error([&] { get(commune, 2025, "16690"); }, app::ErrorKind::not_found, "not_found");
  expect_error([&] { ar::indicators(db(), foreign, "40", 2025, ""); }, app::ErrorKind::not_found, "not_found");
  // The province sees every commune; ?commune narrows the list, not the total.
  const auto one = get(office, 2025, "16690");
  ASSERT_EQ(one.at("communes").as_array().size(), 1u);
  EXPECT_EQ(result(one, "cases_change").at("current").as_int64(), 3);
  EXPECT_GT(get(office, 2025).at("communes").as_array().size(), 2u);
}

TEST_P(AreasIndicators, TheProvinceSetsItsOwnTargetFromAYearOn) {
  for (int i = 0; i < 20; ++i) add_case("16681", "2024-05-05");
  for (int i = 0; i < 21; ++i) add_case("16681", "2025-05-05");
  auto target = [&](const boost::json::object& doc, const std::string& ind) {
    for (const auto& t : doc.at("targets").as_array())
      if (t.at("indicator").as_string() == ind) return t.as_object();
    return boost::json::object{};
  };
  const auto before = get(office, 2025);
  EXPECT_EQ(target(before, "cases_change").at("origin").as_string(), "default");
  EXPECT_EQ(target(before, "cases_change").at("value").as_int64(), 500);
  EXPECT_NE(target(before, "reformed_points").at("source").as_string().find("594/KH-UBND"), std::string::npos);

  // +10% from 2025 on: +5% is no longer enough, in 2025 and the years after.
  auto doc = ar::set_indicator_target(db(), leader, "", "cases_change", 2025, 1000, "Nghị quyết HĐND tỉnh");
  EXPECT_EQ(target(doc, "cases_change").at("origin").as_string(), "province");
  EXPECT_EQ(target(doc, "cases_change").at("from_year").as_int64(), 2025);
  EXPECT_EQ(target(doc, "cases_change").at("note").as_string(), "Nghị quyết HĐND tỉnh");
  EXPECT_EQ(result(doc, "cases_change", "16681").at("met").as_string(), "not_met");
  EXPECT_EQ(target(get(office, 2027), "cases_change").at("value").as_int64(), 1000);
  EXPECT_EQ(audit_count("area_indicator_target.set"), 1);
  // A later year's own target replaces it from that year only.
  ar::set_indicator_target(db(), office, "", "cases_change", 2027, 300, "");
  EXPECT_EQ(target(get(office, 2026), "cases_change").at("value").as_int64(), 1000);
  EXPECT_EQ(target(get(office, 2027), "cases_change").at("value").as_int64(), 300);
  // null removes the year's own target: the default applies again.
  doc = ar::set_indicator_target(db(), office, "", "cases_change", 2025, std::nullopt, "");
  EXPECT_EQ(target(doc, "cases_change").at("origin").as_string(), "default");
  EXPECT_EQ(result(doc, "cases_change", "16681").at("met").as_string(), "met");
  EXPECT_EQ(audit_count("area_indicator_target.set"), 3);
  // Another province's targets are its own.
  EXPECT_EQ(target(ar::indicators(db(), foreign, "", 2027, ""), "cases_change").at("value").as_int64(), 500);
}

TEST_P(AreasIndicators, TargetsAreValidatedAndOnlyLeadersAndTheOfficeSetThem) {
  expect_error([&] { ar::set_indicator_target(db(), commune, "", "cases_change", 2025, 600, ""); }, app::ErrorKind::forbidden,
               "auth.forbidden");
  expect_error([&] { ar::set_indicator_target(db(), office, "", "cases_growth", 2025, 600, ""); }, app::ErrorKind::invalid,
               "area.indicator_invalid");
  expect_error([&] { ar::set_indicator_target(db(), office, "", "cases_resolved", 2025, 10000, ""); }, app::ErrorKind::invalid,
               "area.target_invalid");
  expect_error([&] { ar::set_indicator_target(db(), office, "", "reformed_points", 2025, -1, ""); }, app::ErrorKind::invalid,
               "area.target_invalid");
  expect_error([&] { ar::set_indicator_target(db(), office, "", "cases_change", 2024, 600, ""); }, app::ErrorKind::invalid,
               "area.year_invalid");
  expect_error([&] { ar::set_indicator_target(db(), office, "01", "cases_change", 2025, 600, ""); }, app::ErrorKind::not_found, "not_found");
  EXPECT_EQ(audit_count("area_indicator_target.set"), 0);
  expect_error([&] { get(office, 2024); }, app::ErrorKind::invalid, "area.year_invalid");
}

TEST_P(AreasIndicators, TheAdminNamesAProvinceOthersGetTheirOwn) {
  add_case("16681", "2025-05-05");
  auto admin = actor(app::Role::admin, {app::ScopeKind::province, "01"}, 9);
  const auto nghe_an = ar::indicators(db(), admin, "40", 2025, "");
  EXPECT_EQ(nghe_an.at("province_code").as_string(), "40");
  EXPECT_EQ(result(nghe_an, "cases_change").at("current").as_int64(), 1);
  EXPECT_EQ(result(ar::indicators(db(), admin, "", 2025, ""), "cases_change").at("current").as_int64(), 0);  // 01
  expect_error([&] { ar::indicators(db(), admin, "99", 2025, ""); }, app::ErrorKind::not_found, "not_found");
  expect_error([&] { ar::indicators(db(), admin, "01", 2025, "16681"); }, app::ErrorKind::not_found, "not_found");  // not in Hà Nội
  expect_error([&] { ar::indicators(db(), office, "01", 2025, ""); }, app::ErrorKind::not_found, "not_found");
}
