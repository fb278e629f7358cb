// Classification from the registries on both engines: the facts counted in the evaluation window,
// the same result as the pure core on the same facts, missing population reported, scope.
#include "app/areas/classification.hpp"
#include "app/areas/facts.hpp"
#include "app/areas/key_routes.hpp"
#include "app/areas/points.hpp"
#include "app/areas/registry.hpp"
#include "app/areas/window.hpp"
#include "app/communes.hpp"
#include "areas_fixture.hpp"
#include "core/areas/classify_json.hpp"

using namespace pcmt;
namespace ar = app::areas;
using test_support::expect_error;
using test_support::obj;

class AreasClassification : public test_support::AreasTest {
 protected:
  void set_population(const std::string& code, std::optional<int64_t> n) {
    app::CommunePatch p;
    p.set_population = true;
    p.population = n;
    app::update_commune(db(), office, code, p);
  }
  void add(const char* registry, std::string body) { ar::create_record(db(), office, ar::registry(registry), obj(body)); }
  void add_offender(const std::string& commune, const std::string& date, const std::string& residence) {
    add("offenders", R"({"commune_code":")" + commune + R"(","full_name":"Trần Văn C","arrest_date":")" + date +
                         R"(","residence_commune_code":")" + residence + R"("})");
  }
  static ar::KeyRouteInput route(std::string name, std::string scope, std::string from,
                                 std::vector<std::string> communes) {
    ar::KeyRouteInput in;
    in.name = std::move(name);
    in.scope = std::move(scope);
    in.active_from = std::move(from);
    in.communes = std::move(communes);
    return in;
  }
  boost::json::object commune_result(const std::string& code, int year) {
    return ar::classify_one_commune(db(), office, code, year).at("commune").as_object();
  }
};
PCMT_ON_BOTH_ENGINES(AreasClassification);

TEST_P(AreasClassification, FactsAreCountedInsideTheWindowOnly) {
  set_population("16681", 10000);
  // 14/12/2024 belongs to 2024, 15/12/2024 and 14/12/2025 to 2025, 15/12/2025 to 2026.
  for (const char* d : {"2024-12-14", "2024-12-15", "2025-12-14", "2025-12-15"}) add_offender("16681", d, "16690");
  add_offender("16681", "2025-06-01", "16681");  // a resident violating the law in the commune
  add("plant-finds", R"({"commune_code":"16681","found_date":"2025-01-10","plants":400,"area_m2":100.25})");
  add("plant-finds", R"({"commune_code":"16681","found_date":"2025-07-10","plants":150,"area_m2":30})");
  add("plant-finds", R"({"commune_code":"16681","found_date":"2024-07-10","plants":5000,"area_m2":900})");
  add("wanted", R"({"commune_code":"16681","full_name":"Đỗ Văn D","since_date":"2025-01-01"})");
  add("wanted", R"({"commune_code":"16681","full_name":"Đỗ Văn E","since_date":"2025-01-01","until_date":"2025-05-01"})");
  add_person("16681", "under_management", 1);
  add_person("16681", "substitution", 2);  // managed, but excluded from drug-free criterion a
  add_person("16681", "ended", 3);         // no longer managed
  add_person("16690", "addicted", 4);      // another commune

  const auto facts = commune_result("16681", 2025).at("facts").as_object();
  EXPECT_EQ(facts.at("population").as_int64(), 10000);
  EXPECT_EQ(facts.at("arrested_offenders").as_int64(), 3);
  EXPECT_EQ(facts.at("resident_violators").as_int64(), 1);
  EXPECT_EQ(facts.at("plants").as_int64(), 550);
  EXPECT_DOUBLE_EQ(facts.at("plant_area_m2").as_double(), 130.25);
  EXPECT_EQ(facts.at("wanted_hiding").as_int64(), 1);
  EXPECT_EQ(facts.at("managed_users").as_int64(), 2);
  EXPECT_EQ(facts.at("resident_users_not_excluded").as_int64(), 1);
  EXPECT_EQ(facts.at("use_points").as_int64(), 0);
  EXPECT_FALSE(facts.at("on_route").as_bool());

  const auto detail = ar::classify_one_commune(db(), office, "16681", 2025);
  EXPECT_EQ(detail.at("window").at("from").as_string(), "2024-12-15");
  EXPECT_EQ(detail.at("window").at("to").as_string(), "2025-12-14");
  EXPECT_EQ(detail.at("records").at("offenders").as_array().size(), 3u);
  EXPECT_EQ(detail.at("records").at("plant_finds").as_array().size(), 2u);
  EXPECT_EQ(detail.at("records").at("wanted").as_array().size(), 1u);
}

TEST_P(AreasClassification, PointsCountWhileTheyExistInTheWindow) {
  set_population("16681", 10000);
  const auto& points = ar::registry("points");
  auto before = ar::create_record(db(), office, points,
                                  obj(R"({"commune_code":"16681","kind":"use_point","address":"A","found_date":"2024-01-01"})"));
  for (auto [to, date] : {std::pair{"verified", "2024-01-02"}, {"being_dismantled", "2024-01-03"}, {"eliminated", "2024-12-14"}})
    ar::change_point_status(db(), office, before.at("id").as_int64(), to, date, "");
  auto lasting = ar::create_record(db(), office, points,
                                   obj(R"({"commune_code":"16681","kind":"hotspot","address":"B","found_date":"2024-06-01"})"));
  for (auto [to, date] : {std::pair{"verified", "2024-06-02"}, {"being_dismantled", "2024-06-03"}, {"eliminated", "2024-12-15"}})
    ar::change_point_status(db(), office, lasting.at("id").as_int64(), to, date, "");
  add("points", R"({"commune_code":"16681","kind":"retail","address":"C","found_date":"2025-03-01"})");  // not a use point
  add("points", R"({"commune_code":"16681","kind":"use_point","address":"D","found_date":"2025-12-15"})");  // next year
  const auto r = commune_result("16681", 2025);
  EXPECT_EQ(r.at("facts").at("use_points").as_int64(), 1);
  EXPECT_EQ(r.at("criteria").at("II.b").as_bool(), true);  // exactly one point
  EXPECT_EQ(r.at("drug_free").as_bool(), false);
}

TEST_P(AreasClassification, TheResultIsTheCoresOnTheSameFacts) {
  set_population("16681", 2000);
  for (int i = 0; i < 2; ++i)
    add("points", R"({"commune_code":"16681","kind":"use_point","address":"P)" + std::to_string(i) +
                      R"(","found_date":"2025-02-01"})");
  add_offender("16681", "2025-02-01", "16681");
  add_offender("16681", "2025-02-02", "16690");
  for (int i = 0; i < 10; ++i) add_person("16681", "under_management", i);
  add("plant-finds", R"({"commune_code":"16681","found_date":"2025-03-01","plants":3000,"area_m2":10})");
  ar::create_key_route(db(), office, route("QL1A", "intra", "2025-01-01", {"16681"}));

  areas::CommuneFacts f;
  f.code = "16681";
  f.population = 2000;
  f.managed_users = 10;
  f.use_points = 2;
  f.arrested_offenders = 2;
  f.plants = 3000;
  f.plant_area_m2_x100 = 1000;
  f.on_route = true;
  f.resident_users_not_excluded = 10;
  f.resident_violators = 1;
  f.wanted_hiding = 0;
  const auto& rules = ar::rules_for_year(2025);
  areas::ClassificationRun run{2025, rules.pack_id, {areas::classify_commune(f, rules)}, {}};
  auto expected = areas::to_json(run, rules, true).at("communes").as_array().at(0).as_object();

  auto got = commune_result("16681", 2025);
  EXPECT_EQ(got.at("type").as_string(), "I");
  for (const char* key : {"type", "criteria", "drug_free", "drug_free_unmet", "rates_percent"})
    EXPECT_EQ(got.at(key), expected.at(key)) << key;
  EXPECT_TRUE(got.at("facts").at("on_route").as_bool());
  // The province view holds the same commune result, and the route makes nothing inter-provincial.
  auto province = ar::classify_province(db(), office, "", 2025);
  EXPECT_EQ(province.at("communes").as_array().size(), 130u);
  bool found = false;
  for (const auto& c : province.at("communes").as_array())
    if (c.at("code").as_string() == "16681") {
      found = true;
      EXPECT_EQ(c.at("criteria"), expected.at("criteria"));
    }
  EXPECT_TRUE(found);
  EXPECT_EQ(province.at("province").at("criteria").at("6").as_bool(), false);
}

TEST_P(AreasClassification, MissingPopulationIsReportedNotZero) {
  set_population("16681", std::nullopt);
  add_offender("16681", "2025-02-01", "16690");
  const auto r = commune_result("16681", 2025);
  EXPECT_TRUE(r.at("facts").at("population").is_null());
  ASSERT_TRUE(r.contains("missing"));
  EXPECT_EQ(r.at("missing").as_array()[0].as_string(), "population");
  EXPECT_TRUE(r.at("criteria").at("I.c").is_null());  // a rate without its denominator is undecided
  // With a population, the same facts are decided.
  set_population("16681", 1000);
  const auto decided = commune_result("16681", 2025);
  EXPECT_FALSE(decided.contains("missing"));
  EXPECT_TRUE(decided.at("criteria").at("I.c").as_bool());  // 1/1000 = 0.1%
}

TEST_P(AreasClassification, ScopeOfTheClassification) {
  auto mine = ar::classify_province(db(), commune, "", 2025);
  ASSERT_EQ(mine.at("communes").as_array().size(), 1u);
  EXPECT_EQ(mine.at("communes").as_array()[0].at("code").as_string(), "16681");
  EXPECT_FALSE(mine.contains("province"));
  expect_error([&] { ar::classify_one_commune(db(), commune, "16690", 2025); }, app::ErrorKind::not_found, "not_found");
  expect_error([&] { ar::classify_province(db(), office, "01", 2025); }, app::ErrorKind::not_found, "not_found");
  expect_error([&] { ar::classify_one_commune(db(), foreign, "16681", 2025); }, app::ErrorKind::not_found, "not_found");
  expect_error([&] { ar::classify_province(db(), office, "", 2024); }, app::ErrorKind::invalid, "area.year_invalid");
}

TEST_P(AreasClassification, KeyRoutesBelongToTheirProvince) {
  auto r = ar::create_key_route(db(), office,
                                route("Tuyến Nghệ An - Hà Tĩnh", "inter", "2025-01-01", {"16681", "16690", "16681"}));
  const int64_t id = r.id;
  EXPECT_EQ(r.communes, (std::vector<std::string>{"16681", "16690"}));
  expect_error([&] { ar::create_key_route(db(), commune, route("x", "intra", "2025-01-01", {})); },
               app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { ar::create_key_route(db(), office, route("x", "intra", "2025-01-01", {"00070"})); },
               app::ErrorKind::invalid, "area.field_invalid");
  expect_error([&] { ar::create_key_route(db(), office, route("  ", "intra", "2025-01-01", {})); },
               app::ErrorKind::invalid, "area.field_invalid");
  expect_error([&] { ar::get_key_route(db(), foreign, id); }, app::ErrorKind::not_found, "not_found");
  EXPECT_EQ(ar::list_key_routes(db(), commune).size(), 1u);
  auto province = ar::classify_province(db(), office, "", 2025);
  EXPECT_EQ(province.at("province").at("criteria").at("6").as_bool(), true);
  // Ended before the window: no longer counts.
  ar::KeyRouteInput ended;
  ended.active_from = "2024-01-01";
  ended.active_to = std::optional<std::string>("2024-12-14");
  const auto changed = ar::update_key_route(db(), office, id, ended);
  EXPECT_EQ(changed.name, "Tuyến Nghệ An - Hà Tĩnh");
  EXPECT_EQ(changed.active_to, "2024-12-14");
  EXPECT_EQ(ar::classify_province(db(), office, "", 2025).at("province").at("criteria").at("6").as_bool(), false);
  ar::delete_key_route(db(), office, id, "Tuyến không còn trọng điểm");
  EXPECT_EQ(ar::list_key_routes(db(), office).size(), 0u);
  EXPECT_EQ(audit_count("area_route.create") + audit_count("area_route.update") + audit_count("area_route.delete"), 3);
}
