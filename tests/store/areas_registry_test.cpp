// Area registries on both engines: CRUD with audit, scope (another commune or province is 404),
// field validation, the point lifecycle and re-formation, the evaluation-window filter.
#include "app/areas/points.hpp"
#include "app/areas/registry.hpp"
#include "areas_fixture.hpp"

using namespace pcmt;
namespace ar = app::areas;
using test_support::expect_error;
using test_support::obj;

class AreasRegistry : public test_support::AreasTest {};
PCMT_ON_BOTH_ENGINES(AreasRegistry);

TEST_P(AreasRegistry, CaseCrudIsAuditedInItsCommune) {
  const auto& cases = ar::registry("cases");
  auto c = ar::create_record(db(), office, cases,
                             obj(R"({"commune_code":"16681","case_date":"2025-03-02","status":"investigating",
                                     "reference":"12/VA","drugs_seized":"heroin 3,2 g"})"));
  const int64_t id = c.at("id").as_int64();
  EXPECT_EQ(c.at("province_code").as_string(), "40");
  EXPECT_EQ(c.at("status").as_string(), "investigating");
  EXPECT_EQ(audit_count("area_case.create"), 1);

  // The status moves with its effective date (case_status.cpp), not by a correction.
  expect_error([&] { ar::update_record(db(), office, cases, id, obj(R"({"status":"prosecuted"})")); }, app::ErrorKind::invalid,
               "area.field_create_only");
  auto u = ar::update_record(db(), office, cases, id, obj(R"({"charges":"Điều 249","status":"investigating"})"));
  EXPECT_EQ(u.at("charges").as_string(), "Điều 249");
  EXPECT_EQ(u.at("reference").as_string(), "12/VA");  // untouched fields stay
  EXPECT_EQ(audit_count("area_case.update"), 1);

  auto page = ar::list_records(db(), leader, cases, {});
  EXPECT_EQ(page.at("total").as_int64(), 1);
  ar::delete_record(db(), office, cases, id, "Ghi trùng");
  EXPECT_EQ(audit_count("area_case.delete"), 1);
  expect_error([&] { ar::get_record(db(), office, cases, id); }, app::ErrorKind::not_found, "not_found");
}

TEST_P(AreasRegistry, ScopeHidesOtherCommunesAndProvinces) {
  const auto& plants = ar::registry("plant-finds");
  // A commune user records in its own commune without naming it.
  auto mine = ar::create_record(db(), commune, plants, obj(R"({"found_date":"2025-05-01","plants":120,"area_m2":30.5})"));
  EXPECT_EQ(mine.at("commune_code").as_string(), "16681");
  EXPECT_DOUBLE_EQ(mine.at("area_m2").as_double(), 30.5);
  const int64_t id = mine.at("id").as_int64();
  for (const auto* outsider : {&other_commune, &foreign}) {
    expect_error([&] { ar::get_record(db(), *outsider, plants, id); }, app::ErrorKind::not_found, "not_found");
    expect_error([&] { ar::update_record(db(), *outsider, plants, id, obj(R"({"plants":1})")); }, app::ErrorKind::not_found, "not_found");
    expect_error([&] { ar::delete_record(db(), *outsider, plants, id, "x"); }, app::ErrorKind::not_found, "not_found");
    EXPECT_EQ(ar::list_records(db(), *outsider, plants, {}).at("total").as_int64(), 0);
  }
  EXPECT_EQ(ar::list_records(db(), office, plants, {}).at("total").as_int64(), 1);
  // Writing into a commune out of scope is refused as unknown.
  expect_error([&] {
    ar::create_record(db(), commune, plants, obj(R"({"commune_code":"16690","found_date":"2025-05-01","plants":1,"area_m2":0})"));
  }, app::ErrorKind::not_found, "area.commune_not_found");
  // Moving a record to a commune out of scope too.
  expect_error([&] { ar::update_record(db(), commune, plants, id, obj(R"({"commune_code":"16690"})")); }, app::ErrorKind::not_found,
               "area.commune_not_found");
  // The leader reads but does not write.
  expect_error([&] { ar::update_record(db(), leader, plants, id, obj(R"({"plants":1})")); }, app::ErrorKind::forbidden, "auth.forbidden");
}

TEST_P(AreasRegistry, FieldsAreValidatedWithTheirName) {
  const auto& cases = ar::registry("cases");
  auto field = [&](const char* body) {
    return expect_error([&] { ar::create_record(db(), commune, cases, obj(body)); }, app::ErrorKind::invalid, "area.field_invalid");
  };
  EXPECT_EQ(field(R"({"status":"investigating"})"), "case_date");
  EXPECT_EQ(field(R"({"case_date":"2025-02-30","status":"investigating"})"), "case_date");
  EXPECT_EQ(field(R"({"case_date":"2025-02-03","status":"closed"})"), "status");
  const auto& plants = ar::registry("plant-finds");
  EXPECT_EQ(expect_error([&] {
              ar::create_record(db(), commune, plants, obj(R"({"found_date":"2025-05-01","plants":-3,"area_m2":0})"));
            }, app::ErrorKind::invalid, "area.field_invalid"),
            "plants");
  const auto& offenders = ar::registry("offenders");
  EXPECT_EQ(expect_error([&] {
              ar::create_record(db(), commune, offenders,
                                obj(R"({"full_name":"Lê Văn B","arrest_date":"2025-05-01","person_id":999999})"));
            }, app::ErrorKind::invalid, "area.field_invalid"),
            "person_id");
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM area_cases").one().i64(0), 0);
}

TEST_P(AreasRegistry, OffenderLinksToThePeopleRegistryAndItsCase) {
  const int64_t person = add_person("16690", "under_management", 1);
  const auto c = ar::create_record(db(), office, ar::registry("cases"),
                                   obj(R"({"commune_code":"16681","case_date":"2025-03-02","status":"tried"})"));
  auto body = obj(R"({"commune_code":"16681","full_name":"Lê Văn B","arrest_date":"2025-03-02",
                      "residence_commune_code":"16690"})");
  body["person_id"] = person;
  body["case_id"] = c.at("id");
  auto o = ar::create_record(db(), office, ar::registry("offenders"), body);
  EXPECT_EQ(o.at("person_id").as_int64(), person);
  EXPECT_EQ(o.at("case_id").as_int64(), c.at("id").as_int64());
  EXPECT_EQ(o.at("residence_commune_code").as_string(), "16690");
}

TEST_P(AreasRegistry, PointMovesOneStepAtATimeWithOrderedDates) {
  const auto& points = ar::registry("points");
  auto p = ar::create_record(db(), commune, points,
                             obj(R"({"kind":"use_point","address":"Số 5 ngõ 3 đường Lê Lợi","found_date":"2025-02-01"})"));
  const int64_t id = p.at("id").as_int64();
  EXPECT_EQ(p.at("status").as_string(), "found");
  EXPECT_EQ(p.at("reformed").as_int64(), 0);
  // The status is not a field: a PATCH cannot skip the lifecycle.
  ar::update_record(db(), commune, points, id, obj(R"({"status":"eliminated","note":"x"})"));
  EXPECT_EQ(ar::get_record(db(), commune, points, id).at("status").as_string(), "found");

  expect_error([&] { ar::change_point_status(db(), commune, id, "eliminated", "2025-03-01", ""); }, app::ErrorKind::conflict,
               "area.point_transition");
  expect_error([&] { ar::change_point_status(db(), commune, id, "verified", "2025-01-31", ""); }, app::ErrorKind::invalid, "area.date_order");
  expect_error([&] { ar::change_point_status(db(), other_commune, id, "verified", "2025-02-02", ""); }, app::ErrorKind::not_found, "not_found");
  expect_error([&] { ar::change_point_status(db(), leader, id, "verified", "2025-02-02", ""); }, app::ErrorKind::forbidden, "auth.forbidden");
  ar::change_point_status(db(), commune, id, "verified", "2025-02-01", "");
  ar::change_point_status(db(), commune, id, "being_dismantled", "2025-02-10", "");
  auto e = ar::change_point_status(db(), commune, id, "eliminated", "2025-04-01", "triệt xóa");
  EXPECT_EQ(e.at("status").as_string(), "eliminated");
  EXPECT_EQ(e.at("eliminated_date").as_string(), "2025-04-01");
  ar::change_point_status(db(), commune, id, "watched", "2025-04-02", "");
  expect_error([&] { ar::change_point_status(db(), commune, id, "found", "2025-05-01", ""); }, app::ErrorKind::conflict,
               "area.point_transition");
  auto history = ar::point_history(db(), leader, id);
  ASSERT_EQ(history.size(), 4u);
  EXPECT_EQ(history[2].at("to").as_string(), "eliminated");
  EXPECT_EQ(history[2].at("note").as_string(), "triệt xóa");
  EXPECT_EQ(audit_count("area_point.status"), 4);
}

TEST_P(AreasRegistry, APointAtThePlaceOfAnEliminatedOneIsReformed) {
  const auto& points = ar::registry("points");
  auto old = ar::create_record(db(), commune, points,
                               obj(R"({"kind":"hotspot","address":"Số 5 ngõ 3 đường Lê Lợi","lat":18.6700,"lon":105.6900,
                                       "found_date":"2024-02-01"})"));
  const int64_t old_id = old.at("id").as_int64();
  // While the first point is active, a second one at its address is not a re-formation.
  auto twin = ar::create_record(db(), commune, points,
                                obj(R"({"kind":"hotspot","address":"so 5 ngo 3 duong le loi","found_date":"2024-03-01"})"));
  EXPECT_EQ(twin.at("reformed").as_int64(), 0);
  for (auto [to, date] : {std::pair{"verified", "2024-02-02"}, {"being_dismantled", "2024-02-03"}, {"eliminated", "2024-02-04"}})
    ar::change_point_status(db(), commune, old_id, to, date, "");

  auto same_address = ar::create_record(
      db(), commune, points, obj(R"({"kind":"use_point","address":"  SỐ 5 NGÕ 3 ĐƯỜNG LÊ LỢI ","found_date":"2025-06-01"})"));
  EXPECT_EQ(same_address.at("reformed").as_int64(), 1);
  EXPECT_EQ(same_address.at("reformed_from").as_int64(), old_id);
  // About 30 m away under another address: the same place.
  auto close_by = ar::create_record(db(), commune, points,
                                    obj(R"({"kind":"use_point","address":"Bãi đất trống","lat":18.6702,"lon":105.6901,
                                            "found_date":"2025-06-02"})"));
  EXPECT_EQ(close_by.at("reformed").as_int64(), 1);
  // About 300 m away: another place.
  auto far = ar::create_record(db(), commune, points,
                               obj(R"({"kind":"use_point","address":"Bờ sông","lat":18.6727,"lon":105.6900,
                                       "found_date":"2025-06-03"})"));
  EXPECT_EQ(far.at("reformed").as_int64(), 0);
  EXPECT_TRUE(far.at("reformed_from").is_null());
  // The same address in another commune is another place.
  auto elsewhere = ar::create_record(db(), office, points,
                                     obj(R"({"commune_code":"16690","kind":"use_point","address":"Số 5 ngõ 3 đường Lê Lợi",
                                             "found_date":"2025-06-01"})"));
  EXPECT_EQ(elsewhere.at("reformed").as_int64(), 0);
}

TEST_P(AreasRegistry, YearFilterFollowsTheEvaluationWindow) {
  const auto& cases = ar::registry("cases");
  for (const char* d : {"2024-12-14", "2024-12-15", "2025-12-14", "2025-12-15"}) {
    auto b = obj(R"({"commune_code":"16681","status":"investigating"})");
    b["case_date"] = d;
    ar::create_record(db(), office, cases, b);
  }
  ar::ListFilter f;
  f.year = 2025;
  auto page = ar::list_records(db(), office, cases, f);
  ASSERT_EQ(page.at("total").as_int64(), 2);
  EXPECT_EQ(page.at("items").as_array()[0].at("case_date").as_string(), "2025-12-14");
  EXPECT_EQ(page.at("items").as_array()[1].at("case_date").as_string(), "2024-12-15");
  f.year = 1990;
  expect_error([&] { ar::list_records(db(), office, cases, f); }, app::ErrorKind::invalid, "area.year_invalid");
}
