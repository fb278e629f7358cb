// The province map and the roadmap outlook on both engines: commune positions set (audited),
// estimated from points or absent; scope of the map; the communes closest to drug-free ranked from
// the classification; the projection from the approved years.
#include "app/areas/drug_free_workflow.hpp"
#include "app/areas/map.hpp"
#include "app/areas/registry.hpp"
#include "app/areas/roadmap_outlook.hpp"
#include "areas_fixture.hpp"

using namespace pcmt;
namespace ar = app::areas;
using test_support::expect_error;
using test_support::obj;

class AreasMap : public test_support::AreasTest {
 protected:
  int64_t point(const std::string& commune, const char* kind, std::optional<std::pair<double, double>> at) {
    auto body = obj(R"({"address": "Số 1", "found_date": "2025-03-01"})");
    body["commune_code"] = commune;
    body["kind"] = kind;
    if (at) {
      body["lat"] = at->first;
      body["lon"] = at->second;
    }
    return ar::create_record(db(), office, ar::registry("points"), body).at("id").as_int64();
  }
  static const boost::json::object& commune_of(const boost::json::object& map, const std::string& code) {
    for (const auto& c : map.at("communes").as_array())
      if (c.at("code").as_string() == code) return c.as_object();
    throw std::runtime_error("commune not on the map: " + code);
  }
  void approve(const std::string& code, int year) {
    const auto id = ar::propose_drug_free(db(), office, code, year).at("id").as_int64();
    ar::review_drug_free(db(), office, id, "");
    ar::decide_drug_free(db(), leader, id, {true, "", "12/QĐ-UBND", "2025-12-01"});
  }
};
PCMT_ON_BOTH_ENGINES(AreasMap);

TEST_P(AreasMap, PositionIsSetEstimatedFromPointsOrAbsent) {
  point("16681", "use_point", std::make_pair(18.60, 105.60));
  point("16681", "retail", std::make_pair(18.70, 105.70));
  const int64_t unplaced = point("16690", "hotspot", std::nullopt);

  auto map = ar::map_data(db(), office, 2025);
  const auto& mine = commune_of(map, "16681");
  EXPECT_EQ(mine.at("position").at("source").as_string(), "estimated");
  EXPECT_NEAR(mine.at("position").at("lat").as_double(), 18.65, 1e-9);
  EXPECT_NEAR(mine.at("position").at("lon").as_double(), 105.65, 1e-9);
  EXPECT_EQ(mine.at("points").as_int64(), 2);
  EXPECT_TRUE(commune_of(map, "16690").at("position").is_null());
  bool listed = false;
  for (const auto& p : map.at("points").as_array())
    if (p.at("id").as_int64() == unplaced) listed = p.at("lat").is_null();
  EXPECT_TRUE(listed) << "a point without coordinates is still in the map data";

  ar::set_commune_position(db(), office, "16681", ar::LatLon{18.75, 105.55});
  EXPECT_EQ(audit_count("area_commune.position"), 1);
  const auto set = commune_of(ar::map_data(db(), office, 2025), "16681").at("position");
  EXPECT_EQ(set.at("source").as_string(), "set");
  EXPECT_DOUBLE_EQ(set.at("lat").as_double(), 18.75);
  ar::set_commune_position(db(), office, "16681", std::nullopt);
  EXPECT_EQ(commune_of(ar::map_data(db(), office, 2025), "16681").at("position").at("source").as_string(), "estimated");
  EXPECT_EQ(audit_count("area_commune.position"), 2);
}

TEST_P(AreasMap, OnlyTheStandingOfficeOrAdminPlacesCommunesInScope) {
  expect_error([&] { ar::set_commune_position(db(), leader, "16681", ar::LatLon{18, 105}); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { ar::set_commune_position(db(), commune, "16681", ar::LatLon{18, 105}); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { ar::set_commune_position(db(), foreign, "16681", ar::LatLon{18, 105}); }, app::ErrorKind::not_found, "not_found");
  expect_error([&] { ar::set_commune_position(db(), office, "16681", ar::LatLon{90.5, 105}); }, app::ErrorKind::invalid,
               "area.position_invalid");
  expect_error([&] { ar::set_commune_position(db(), office, "16681", ar::LatLon{18, 180.5}); }, app::ErrorKind::invalid,
               "area.position_invalid");
  EXPECT_EQ(audit_count("area_commune.position"), 0);
}

TEST_P(AreasMap, ACommuneUserSeesItsOwnCommuneAndPoints) {
  point("16681", "hotspot", std::make_pair(18.6, 105.6));
  point("16690", "hotspot", std::make_pair(18.7, 105.7));
  const auto map = ar::map_data(db(), commune, 2025);
  ASSERT_EQ(map.at("communes").as_array().size(), 1u);
  EXPECT_EQ(map.at("communes").as_array()[0].at("code").as_string(), "16681");
  ASSERT_EQ(map.at("points").as_array().size(), 1u);
  EXPECT_EQ(map.at("points").as_array()[0].at("commune_code").as_string(), "16681");
}

TEST_P(AreasMap, ClosestRankedByUnmetCriteriaThenCasesAboveThresholds) {
  point("16681", "use_point", std::nullopt);
  point("16690", "hotspot", std::nullopt);
  point("16690", "hotspot", std::nullopt);
  auto offender = obj(R"({"commune_code": "17329", "full_name": "Lê Văn B", "arrest_date": "2025-04-01",
                          "residence_commune_code": "17329"})");
  ar::create_record(db(), office, ar::registry("offenders"), offender);
  point("17329", "use_point", std::nullopt);

  const auto out = ar::closest_communes(db(), leader, 2025, 10);
  EXPECT_EQ(out.at("total").as_int64(), 3);
  const auto& items = out.at("items").as_array();
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].at("code").as_string(), "16681");  // 1 unmet, 1 above
  EXPECT_EQ(items[1].at("code").as_string(), "16690");  // 1 unmet, 2 above
  EXPECT_EQ(items[2].at("code").as_string(), "17329");  // 2 unmet
  EXPECT_EQ(items[2].at("unmet").as_int64(), 2);
  EXPECT_EQ(items[2].at("missing").as_array()[0].at("text").as_string(),
            "còn 1 người cư trú vi phạm pháp luật về ma túy trên địa bàn");
  EXPECT_EQ(ar::closest_communes(db(), leader, 2025, 1).at("items").as_array().size(), 1u);
  const auto own = ar::closest_communes(db(), other_commune, 2025, 10);
  ASSERT_EQ(own.at("items").as_array().size(), 1u);
  EXPECT_EQ(own.at("items").as_array()[0].at("code").as_string(), "16690");
}

TEST_P(AreasMap, ProjectionNeedsTwoApprovedYears) {
  auto outlook = ar::roadmap_outlook(db(), leader);
  EXPECT_FALSE(outlook.at("projection").at("enough_history").as_bool());
  approve("16681", 2025);
  EXPECT_FALSE(ar::roadmap_outlook(db(), leader).at("projection").at("enough_history").as_bool());
  approve("16681", 2026);
  approve("16690", 2026);
  approve("17329", 2026);
  outlook = ar::roadmap_outlook(db(), leader);
  const auto& p = outlook.at("projection").as_object();
  EXPECT_TRUE(p.at("enough_history").as_bool());
  EXPECT_DOUBLE_EQ(p.at("slope_per_year").as_double(), 2);
  const auto& years = p.at("years").as_array();
  ASSERT_EQ(years.size(), 4u);  // 2027 … 2030
  EXPECT_EQ(years[0].at("year").as_int64(), 2027);
  EXPECT_EQ(years[0].at("communes").as_int64(), 5);
  EXPECT_EQ(years[3].at("communes").as_int64(), 11);
}

TEST_P(AreasMap, AFrozenEmptyListIsARealZeroInTheHistory) {
  ar::freeze_drug_free(db(), leader, 2025);
  approve("16681", 2026);
  const auto p = ar::roadmap_outlook(db(), leader).at("projection");
  EXPECT_TRUE(p.at("enough_history").as_bool());
  EXPECT_EQ(p.at("history").as_array()[0].at("communes").as_int64(), 0);
  EXPECT_DOUBLE_EQ(p.at("slope_per_year").as_double(), 1);
}
