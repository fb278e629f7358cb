// Correcting and removing registry rows on both engines: a PATCH audits the changed fields with old
// and new values (names only for personal ones), keeps what was already decided, checks date order;
// a deletion needs a reason and is refused while another row points at it; scope as everywhere.
#include "app/areas/drug_free_workflow.hpp"
#include "app/areas/key_routes.hpp"
#include "app/areas/points.hpp"
#include "app/areas/registry.hpp"
#include "app/communes.hpp"
#include "areas_fixture.hpp"

using namespace pcmt;
namespace ar = app::areas;
namespace json = boost::json;
using test_support::expect_error;
using test_support::obj;

class AreasRegistryEdit : public test_support::AreasTest {
 protected:
  // The detail and reason of the last audit row of an action.
  std::pair<json::object, std::string> last_audit(const std::string& action) {
    auto r = db().query("SELECT detail, reason FROM audit_log WHERE action = $1 ORDER BY seq DESC LIMIT 1", {action});
    if (r.empty()) return {{}, ""};
    return {json::parse(r.rows[0].str(0)).as_object(), r.rows[0].is_null(1) ? "" : r.rows[0].str(1)};
  }
  int64_t create(const char* reg, const char* body) {
    return ar::create_record(db(), office, ar::registry(reg), obj(body)).at("id").as_int64();
  }
};
PCMT_ON_BOTH_ENGINES(AreasRegistryEdit);

TEST_P(AreasRegistryEdit, MovingAPointIsAuditedWithOldAndNewPlaceAndKeepsItsReformation) {
  const auto& points = ar::registry("points");
  const int64_t old_id = create("points", R"({"commune_code":"16681","kind":"hotspot","address":"Số 5 ngõ 3",
                                             "found_date":"2025-01-02"})");
  for (auto [to, date] : {std::pair{"verified", "2025-01-03"}, {"being_dismantled", "2025-01-04"}, {"eliminated", "2025-01-05"}})
    ar::change_point_status(db(), office, old_id, to, date, "");
  const int64_t id = create("points", R"({"commune_code":"16681","kind":"use_point","address":"so 5 ngo 3",
                                         "found_date":"2025-03-01"})");
  ASSERT_EQ(ar::get_record(db(), office, points, id).at("reformed").as_int64(), 1);

  auto p = ar::update_record(db(), commune, points, id,
                             obj(R"({"address":"Bãi đất trống cuối thôn 2","lat":18.67,"lon":105.69,"note":"Ông X chỉ điểm",
                                     "status":"watched"})"));
  EXPECT_EQ(p.at("address").as_string(), "Bãi đất trống cuối thôn 2");
  EXPECT_EQ(p.at("status").as_string(), "found");  // the lifecycle is not a field
  EXPECT_EQ(p.at("reformed").as_int64(), 1);       // decided at recording, not re-evaluated by a move
  EXPECT_EQ(p.at("reformed_from").as_int64(), old_id);

  const auto [detail, reason] = last_audit("area_point.update");
  const auto& changes = detail.at("changes").as_object();
  EXPECT_EQ(changes.at("address").at("from").as_string(), "so 5 ngo 3");
  EXPECT_EQ(changes.at("address").at("to").as_string(), "Bãi đất trống cuối thôn 2");
  EXPECT_TRUE(changes.at("lat").at("from").is_null());
  EXPECT_DOUBLE_EQ(changes.at("lat").at("to").as_double(), 18.67);
  // The note is free text that may name a person: named as changed, its words not kept.
  EXPECT_FALSE(changes.contains("note"));
  EXPECT_NE(std::find(detail.at("fields").as_array().begin(), detail.at("fields").as_array().end(), json::value("note")),
            detail.at("fields").as_array().end());
  EXPECT_EQ(json::serialize(detail).find("Ông X"), std::string::npos);
  // The folded address follows the move: a later point at the new address is found at that place.
  EXPECT_EQ(db().query("SELECT address_key FROM area_points WHERE id = $1", {id}).one().str(0),
            "bai dat trong cuoi thon 2");
}

TEST_P(AreasRegistryEdit, AnOffenderIsLinkedToItsCaseAndPersonWithoutNamesInTheAudit) {
  const auto& offenders = ar::registry("offenders");
  const int64_t person = add_person("16681", "under_management", 1);
  const int64_t case_id = create("cases", R"({"commune_code":"16681","case_date":"2025-03-02","status":"investigating"})");
  const int64_t id = create("offenders", R"({"commune_code":"16681","full_name":"Lê Văn Bê","arrest_date":"2025-03-02"})");

  auto body = obj(R"({"full_name":"Lê Văn Bề","residence_commune_code":"16690"})");
  body["person_id"] = person;
  body["case_id"] = case_id;
  auto o = ar::update_record(db(), commune, offenders, id, body);
  EXPECT_EQ(o.at("person_id").as_int64(), person);
  EXPECT_EQ(o.at("case_id").as_int64(), case_id);
  EXPECT_EQ(o.at("full_name").as_string(), "Lê Văn Bề");
  const auto [detail, reason] = last_audit("area_offender.update");
  EXPECT_EQ(detail.at("fields").as_array().size(), 4u);
  EXPECT_EQ(detail.at("changes").at("person_id").at("to").as_int64(), person);  // an id, not a name
  EXPECT_FALSE(detail.at("changes").as_object().contains("full_name"));
  EXPECT_EQ(json::serialize(detail).find("Lê Văn"), std::string::npos);

  // The link is removed with null; a person of another province is refused like at creation.
  EXPECT_TRUE(ar::update_record(db(), commune, offenders, id, obj(R"({"person_id":null})")).at("person_id").is_null());
  EXPECT_EQ(expect_error([&] { ar::update_record(db(), commune, offenders, id, obj(R"({"person_id":987654})")); }, app::ErrorKind::invalid,
                         "area.field_invalid"),
            "person_id");
  // A person the commune does not see (residing in another commune) answers as if there were none,
  // so the link cannot probe records out of view; the standing office sees the province and links them.
  auto elsewhere = obj("{}");
  elsewhere["person_id"] = add_person("16690", "under_management", 2);
  EXPECT_EQ(expect_error([&] { ar::update_record(db(), commune, offenders, id, elsewhere); }, app::ErrorKind::invalid, "area.field_invalid"),
            "person_id");
  EXPECT_EQ(ar::update_record(db(), office, offenders, id, elsewhere).at("person_id"), elsewhere.at("person_id"));
  EXPECT_EQ(expect_error([&] { ar::update_record(db(), commune, offenders, id, obj(R"({"full_name":"  "})")); }, app::ErrorKind::invalid,
                         "area.field_invalid"),
            "full_name");
}

TEST_P(AreasRegistryEdit, AnEndDateCannotPrecedeItsStart) {
  const auto& wanted = ar::registry("wanted");
  const int64_t id = create("wanted", R"({"commune_code":"16681","full_name":"Trần C","since_date":"2025-02-01"})");
  EXPECT_EQ(expect_error([&] { ar::update_record(db(), office, wanted, id, obj(R"({"until_date":"2025-01-31"})")); }, app::ErrorKind::invalid,
                         "area.date_order"),
            "until_date");
  EXPECT_TRUE(ar::get_record(db(), office, wanted, id).at("until_date").is_null());  // rolled back
  EXPECT_EQ(ar::update_record(db(), office, wanted, id, obj(R"({"until_date":"2025-02-01"})")).at("until_date").as_string(),
            "2025-02-01");
  const int64_t plant = create("plant-finds", R"({"commune_code":"16681","found_date":"2025-05-01","plants":3,"area_m2":1})");
  EXPECT_EQ(expect_error([&] {
              ar::update_record(db(), office, ar::registry("plant-finds"), plant, obj(R"({"destroyed_date":"2025-04-30"})"));
            }, app::ErrorKind::invalid, "area.date_order"),
            "destroyed_date");
  expect_error([&] {
    ar::create_record(db(), office, ar::registry("plant-finds"),
                      obj(R"({"commune_code":"16681","found_date":"2025-05-01","destroyed_date":"2025-04-01","plants":3,"area_m2":1})"));
  }, app::ErrorKind::invalid, "area.date_order");
}

TEST_P(AreasRegistryEdit, APatchThatChangesNothingWritesNoAuditRow) {
  const auto& cases = ar::registry("cases");
  const int64_t id = create("cases", R"({"commune_code":"16681","case_date":"2025-03-02","status":"tried","reference":"1/VA"})");
  ar::update_record(db(), office, cases, id, obj(R"({"reference":" 1/VA ","status":"tried"})"));
  EXPECT_EQ(audit_count("area_case.update"), 0);
  ar::update_record(db(), office, cases, id, obj(R"({"case_date":"2025-03-03"})"));
  EXPECT_EQ(audit_count("area_case.update"), 1);
  EXPECT_EQ(last_audit("area_case.update").first.at("changes").at("case_date").at("from").as_string(), "2025-03-02");
}

TEST_P(AreasRegistryEdit, ADeletionNeedsAReasonKeptInTheAudit) {
  const auto& plants = ar::registry("plant-finds");
  const int64_t id = create("plant-finds", R"({"commune_code":"16681","found_date":"2025-05-01","plants":3,"area_m2":1})");
  EXPECT_EQ(expect_error([&] { ar::delete_record(db(), commune, plants, id, "   "); }, app::ErrorKind::invalid, "area.reason_required"),
            "reason");
  expect_error([&] { ar::delete_record(db(), leader, plants, id, "Ghi nhầm xã"); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { ar::delete_record(db(), other_commune, plants, id, "Ghi nhầm xã"); }, app::ErrorKind::not_found, "not_found");
  expect_error([&] { ar::delete_record(db(), foreign, plants, id, "Ghi nhầm xã"); }, app::ErrorKind::not_found, "not_found");
  ar::delete_record(db(), commune, plants, id, " Ghi nhầm xã ");
  expect_error([&] { ar::get_record(db(), office, plants, id); }, app::ErrorKind::not_found, "not_found");
  const auto [detail, reason] = last_audit("area_plant_find.delete");
  EXPECT_EQ(reason, "Ghi nhầm xã");
  EXPECT_EQ(detail.at("commune_code").as_string(), "16681");
}

TEST_P(AreasRegistryEdit, ACaseWithOffendersAndAnOldPointOfAReformedOneAreNotDeleted) {
  const int64_t case_id = create("cases", R"({"commune_code":"16681","case_date":"2025-03-02","status":"investigating"})");
  auto body = obj(R"({"commune_code":"16681","full_name":"Lê Văn B","arrest_date":"2025-03-02"})");
  body["case_id"] = case_id;
  const int64_t offender = ar::create_record(db(), office, ar::registry("offenders"), body).at("id").as_int64();
  const auto& cases = ar::registry("cases");
  const auto refused = [&] { ar::delete_record(db(), office, cases, case_id, "Trùng"); };
  expect_error(refused, app::ErrorKind::conflict, "area.case_has_offenders");
  try {
    refused();
  } catch (const app::Error& e) {
    EXPECT_NE(std::string(e.what()).find("1 đối tượng"), std::string::npos) << e.what();
  }
  EXPECT_EQ(audit_count("area_case.delete"), 0);
  // Unlinking the offender frees the case.
  ar::update_record(db(), office, ar::registry("offenders"), offender, obj(R"({"case_id":null})"));
  ar::delete_record(db(), office, cases, case_id, "Trùng");
  EXPECT_EQ(audit_count("area_case.delete"), 1);

  const auto& points = ar::registry("points");
  const int64_t old_id = create("points", R"({"commune_code":"16681","kind":"hotspot","address":"Chợ cũ","found_date":"2025-01-02"})");
  for (auto [to, date] : {std::pair{"verified", "2025-01-03"}, {"being_dismantled", "2025-01-04"}, {"eliminated", "2025-01-05"}})
    ar::change_point_status(db(), office, old_id, to, date, "");
  const int64_t reformed = create("points", R"({"commune_code":"16681","kind":"hotspot","address":"Chợ cũ","found_date":"2025-06-01"})");
  expect_error([&] { ar::delete_record(db(), office, points, old_id, "Trùng"); }, app::ErrorKind::conflict, "area.point_referenced");
  // The re-formed one goes first, then the old one with its status history.
  ar::delete_record(db(), office, points, reformed, "Ghi trùng");
  ar::delete_record(db(), office, points, old_id, "Ghi trùng");
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM area_point_status_changes WHERE point_id = $1", {old_id}).one().i64(0), 0);
}

TEST_P(AreasRegistryEdit, EditingAndDeletingAfterApprovalKeepTheFrozenEvidence) {
  app::CommunePatch population;
  population.set_population = true;
  population.population = 1000;
  app::update_commune(db(), office, "16681", population);
  const int64_t a = ar::propose_drug_free(db(), commune, "16681", 2025).at("id").as_int64();
  ar::review_drug_free(db(), office, a, "");
  ar::decide_drug_free(db(), leader, a, {true, "", "12/QĐ-UBND", "2025-12-01"});
  ar::freeze_drug_free(db(), leader, 2025);
  const std::string evidence = json::serialize(ar::get_drug_free(db(), leader, a).at("evidence"));

  const int64_t point = create("points", R"({"commune_code":"16681","kind":"use_point","address":"Nhà 2","found_date":"2025-11-01"})");
  EXPECT_TRUE(ar::list_drug_free(db(), leader, 2025).at("items").as_array()[0].at("at_risk").as_bool());
  ar::update_record(db(), office, ar::registry("points"), point, obj(R"({"address":"Nhà số 2"})"));
  ar::delete_record(db(), office, ar::registry("points"), point, "Ghi nhầm");
  EXPECT_FALSE(ar::list_drug_free(db(), leader, 2025).at("items").as_array()[0].at("at_risk").as_bool());
  EXPECT_EQ(json::serialize(ar::get_drug_free(db(), leader, a).at("evidence")), evidence);
}

TEST_P(AreasRegistryEdit, ARouteEditIsAuditedWithItsCommunesAndItsDeletionWithAReason) {
  ar::KeyRouteInput created;
  created.name = "QL 1A";
  created.scope = "intra";
  created.active_from = "2025-01-01";
  created.communes = std::vector<std::string>{"16681"};
  const int64_t id = ar::create_key_route(db(), office, created).id;
  ar::KeyRouteInput crossing;
  crossing.communes = std::vector<std::string>{"16690", "16681"};
  crossing.scope = "inter";
  auto r = ar::update_key_route(db(), office, id, crossing);
  EXPECT_EQ(r.communes.size(), 2u);
  const auto [detail, reason] = last_audit("area_route.update");
  EXPECT_EQ(detail.at("changes").at("scope").at("from").as_string(), "intra");
  EXPECT_EQ(detail.at("changes").at("communes").at("from").as_array().size(), 1u);
  EXPECT_EQ(detail.at("changes").at("communes").at("to").as_array().size(), 2u);
  ar::KeyRouteInput ends_before;
  ends_before.active_to = std::optional<std::string>("2024-12-31");
  EXPECT_EQ(expect_error([&] { ar::update_key_route(db(), office, id, ends_before); }, app::ErrorKind::invalid,
                         "area.date_order"),
            "active_to");
  expect_error([&] { ar::delete_key_route(db(), office, id, ""); }, app::ErrorKind::invalid, "area.reason_required");
  expect_error([&] { ar::delete_key_route(db(), commune, id, "Hết hiệu lực"); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { ar::delete_key_route(db(), foreign, id, "Hết hiệu lực"); }, app::ErrorKind::not_found, "not_found");
  ar::delete_key_route(db(), office, id, "Hết hiệu lực");
  EXPECT_EQ(last_audit("area_route.delete").second, "Hết hiệu lực");
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM area_route_communes WHERE route_id = $1", {id}).one().i64(0), 0);
}
