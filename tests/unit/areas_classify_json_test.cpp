// `pcmt classify` in core: the facts document in, the contract's document out.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "areas_test_support.hpp"
#include "core/areas/classify_json.hpp"

using namespace pcmt::areas;
namespace json = boost::json;

namespace {

const pcmt::rules::RuleBook& book() {
  static const auto b = pcmt::rules::RuleBook::embedded();
  return b;
}

json::value classify(std::string_view facts, bool explain = false) {
  return json::parse(classify_json(facts, book(), std::nullopt, 2025, explain));
}

FactsError error_of(std::string_view facts) {
  try {
    classify(facts);
  } catch (const FactsError& e) {
    return e;
  }
  ADD_FAILURE() << "no FactsError for " << facts;
  return FactsError("", "", "");
}

// The issue's example commune plus a type I commune on a route and a quiet, drug-free one.
constexpr std::string_view kFacts = R"({"province": {"code": "40", "on_inter_provincial_route": false},
 "communes": [
  {"code": "16681", "population": 25000, "managed_users": 40, "use_points": 1, "arrested_offenders": 10,
   "plants": 0, "plant_area_m2": 0, "on_route": false, "resident_users_not_excluded": 12,
   "resident_violators": 3, "wanted_hiding": 0},
  {"code": "16684", "population": 8000, "managed_users": 45, "use_points": 2, "arrested_offenders": 9,
   "plants": 0, "plant_area_m2": 0, "on_route": true, "resident_users_not_excluded": 30,
   "resident_violators": 5, "wanted_hiding": 1},
  {"code": "16687", "population": 12000, "managed_users": 0, "use_points": 0, "arrested_offenders": 0,
   "plants": 0, "plant_area_m2": 0, "on_route": false, "resident_users_not_excluded": 0,
   "resident_violators": 0, "wanted_hiding": 0}]})";

// Bands read cumulatively (the default, docs/classification.md interpretation 2):
// 16681: 40/25,000 = 0.16% users (II.a, and III.a), 1 point (II.b), 10/25,000 = 0.04% arrests (III.b):
//        II needs 3 → III.
// 16684: 45/8,000 = 0.5625% (I.a, II.a, III.a), 2 points (I.b, II.b), 9/8,000 = 0.1125% (I.c, II.c, III.b),
//        on a route (I.đ from II.a–c, II.đ from III.a–b) → I.
// 16687: nothing, drug-free → none.
// Province: 85/45,000 = 0.19% users, 3 points, 19/45,000 = 0.042% arrests, 1 of 3 communes type I/II
// (33% ≥ 3%), no plants, no route: only criterion 4 → not key complex.
constexpr std::string_view kExpected = R"({"communes": [
  {"code": "16681", "type": "III",
   "criteria": {"I.a": false, "I.b": false, "I.c": false, "I.d": false, "I.đ": false,
                "II.a": true, "II.b": true, "II.c": false, "II.d": false, "II.đ": false,
                "III.a": true, "III.b": true, "III.c": false},
   "drug_free": false, "drug_free_unmet": ["a", "b", "c"]},
  {"code": "16684", "type": "I",
   "criteria": {"I.a": true, "I.b": true, "I.c": true, "I.d": false, "I.đ": true,
                "II.a": true, "II.b": true, "II.c": true, "II.d": false, "II.đ": true,
                "III.a": true, "III.b": true, "III.c": false},
   "drug_free": false, "drug_free_unmet": ["a", "b", "c"]},
  {"code": "16687", "type": "none",
   "criteria": {"I.a": false, "I.b": false, "I.c": false, "I.d": false, "I.đ": false,
                "II.a": false, "II.b": false, "II.c": false, "II.d": false, "II.đ": false,
                "III.a": false, "III.b": false, "III.c": false},
   "drug_free": true, "drug_free_unmet": []}],
 "province": {"key_complex": false,
              "criteria": {"1": false, "2": false, "3": false, "4": true, "5": false, "6": false}}})";

}  // namespace

TEST(AreasClassifyJson, ContractDocument) {
  EXPECT_EQ(classify(kFacts), json::parse(kExpected)) << json::serialize(classify(kFacts));
}

// With the bands read as written, the same communes keep their types but meet fewer criteria:
// 0.16% is not below 0.1% (16681 loses III.a), and 16684's values, all in the type I bands, meet
// no type II or III criterion, so neither route criterion either.
TEST(AreasClassifyJson, ContractDocumentWithTheBandsAsWritten) {
  const auto facts = parse_facts_json(kFacts);
  const auto& literal = pcmt::areas::testing::literal_bands_rules();
  const auto out = to_json(classify_all(facts.province, facts.communes, literal, 2025), literal, false);
  auto expected = json::parse(kExpected);
  auto& communes = expected.at("communes").as_array();
  communes[0].at("criteria").at("III.a") = false;
  for (const char* id : {"I.đ", "II.a", "II.b", "II.c", "II.đ", "III.a", "III.b"}) communes[1].at("criteria").at(id) = false;
  EXPECT_EQ(json::value(out), expected) << json::serialize(out);
}

TEST(AreasClassifyJson, ProvinceFiguresAreSummedFromTheCommunes) {
  const auto out = classify(kFacts, true).as_object();
  const auto& totals = out.at("province").at("totals").as_object();
  EXPECT_EQ(totals.at("population").as_int64(), 45000);
  EXPECT_EQ(totals.at("managed_users").as_int64(), 85);
  EXPECT_EQ(totals.at("use_points").as_int64(), 3);
  EXPECT_EQ(totals.at("arrested_offenders").as_int64(), 19);
  EXPECT_EQ(totals.at("type_I_or_II_communes").as_int64(), 1);
}

TEST(AreasClassifyJson, ExplainAddsRatesSourcesAndTheWindow) {
  const auto out = classify(kFacts, true).as_object();
  EXPECT_EQ(out.at("year").as_int64(), 2025);
  EXPECT_EQ(out.at("rule_pack").as_string(), "qd-28-2025");
  EXPECT_EQ(out.at("window").at("from").as_string(), "2024-12-15");
  EXPECT_EQ(out.at("window").at("to").as_string(), "2025-12-14");
  const auto& c = out.at("communes").as_array()[0].as_object();
  EXPECT_DOUBLE_EQ(c.at("rates_percent").at("managed_users").as_double(), 0.16);
  EXPECT_EQ(c.at("sources").at("I.đ").as_string(), "QĐ 28/2025/QĐ-TTg Điều 4 khoản 1 điểm đ");
  EXPECT_EQ(c.at("sources").at("drug_free.b").as_string(), "QĐ 28/2025/QĐ-TTg Điều 6 khoản 2");
}

// Absent and null facts are "not known": the type becomes insufficient_data, naming them. The users
// are unknown too: a known positive count would meet III.a whatever the population (cumulative bands)
// and decide type III.
TEST(AreasClassifyJson, MissingFactsGiveInsufficientData) {
  const auto out = classify(R"({"province": {"code": "40"},
    "communes": [{"code": "16681", "managed_users": null, "use_points": 0, "arrested_offenders": 0,
                  "plants": null, "plant_area_m2": 0, "on_route": false, "resident_users_not_excluded": 0,
                  "resident_violators": 1, "wanted_hiding": 0}]})");
  const auto& c = out.at("communes").as_array()[0].as_object();
  EXPECT_EQ(c.at("type").as_string(), "insufficient_data");
  EXPECT_EQ(c.at("possible_types"), json::parse(R"(["III", "none"])"));
  EXPECT_EQ(c.at("missing"), json::parse(R"(["population", "managed_users", "plants"])"));
  EXPECT_TRUE(c.at("criteria").at("I.a").is_null());
  EXPECT_EQ(c.at("drug_free"), json::value(false));
  EXPECT_EQ(c.at("drug_free_unmet"), json::parse(R"(["b"])"));
  const auto& p = out.at("province").as_object();
  EXPECT_TRUE(p.at("criteria").at("1").is_null());  // a commune's population and users are missing
  EXPECT_TRUE(p.at("criteria").at("5").is_null());  // and its plant count
  EXPECT_TRUE(p.at("criteria").at("6").is_null());  // the route was not given
  // Three undecided criteria and none met cannot reach four: decided.
  EXPECT_EQ(p.at("key_complex"), json::value(false));
  EXPECT_EQ(p.at("missing"), json::parse(R"(["population", "managed_users", "plants", "on_inter_provincial_route"])"));
}

// A drug-free commune with missing facts that cannot change that: decided, and still reported.
TEST(AreasClassifyJson, DrugFreeWithMissingRates) {
  const auto out = classify(R"({"province": {"code": "40"},
    "communes": [{"code": "16681", "managed_users": 4, "use_points": 0, "arrested_offenders": 0,
                  "plants": 0, "plant_area_m2": 0, "resident_users_not_excluded": 0,
                  "resident_violators": 0, "wanted_hiding": 0}]})");
  const auto& c = out.at("communes").as_array()[0].as_object();
  EXPECT_EQ(c.at("type").as_string(), "none");
  EXPECT_EQ(c.at("drug_free"), json::value(true));
  EXPECT_EQ(c.at("missing"), json::parse(R"(["population", "on_route"])"));
  EXPECT_FALSE(c.contains("possible_types"));
}

TEST(AreasClassifyJson, AreaMayHaveDecimals) {
  const auto out = classify(R"({"province": {"code": "40"}, "communes": [{"code": "1", "population": 100,
    "managed_users": 0, "use_points": 0, "arrested_offenders": 0, "plants": 0, "plant_area_m2": 749.99,
    "on_route": false, "resident_users_not_excluded": 0, "resident_violators": 1, "wanted_hiding": 0}]})");
  EXPECT_EQ(out.at("communes").as_array()[0].at("criteria").at("II.d"), json::value(true));
}

TEST(AreasClassifyJson, YearComesFromTheDocumentOrTheCaller) {
  constexpr std::string_view facts = R"({"year": 2027, "province": {"code": "40"}, "communes": []})";
  auto out = json::parse(classify_json(facts, book(), std::nullopt, 2025, true));
  EXPECT_EQ(out.at("year").as_int64(), 2027);
  out = json::parse(classify_json(facts, book(), 2026, 2025, true));
  EXPECT_EQ(out.at("year").as_int64(), 2026);
  EXPECT_THROW(classify_json(facts, book(), 2024, 2025), std::out_of_range);  // before QĐ 28/2025
}

TEST(AreasClassifyJson, BadInputNamesTheField) {
  struct Case {
    std::string_view facts, code, field;
  };
  const Case cases[] = {
      {"not json", "facts.json_invalid", ""},
      {"[]", "facts.json_invalid", ""},
      {R"({"communes": []})", "facts.field_required", "province"},
      {R"({"province": {"code": "40"}})", "facts.field_required", "communes"},
      {R"({"province": {}, "communes": []})", "facts.field_required", "province.code"},
      {R"({"province": {"code": "40", "on_inter_provincial_route": "no"}, "communes": []})", "facts.field_invalid",
       "province.on_inter_provincial_route"},
      {R"({"province": {"code": "40"}, "communes": {}})", "facts.field_invalid", "communes"},
      {R"({"province": {"code": "40"}, "communes": [{"population": 5}]})", "facts.field_required", "communes[0].code"},
      {R"({"province": {"code": "40"}, "communes": [{"code": "1"}, {"code": "2", "population": "25000"}]})",
       "facts.field_invalid", "communes[1].population"},
      {R"({"province": {"code": "40"}, "communes": [{"code": "1", "use_points": -1}]})", "facts.field_invalid",
       "communes[0].use_points"},
      {R"({"province": {"code": "40"}, "communes": [{"code": "1", "plants": 2.5}]})", "facts.field_invalid",
       "communes[0].plants"},
      {R"({"province": {"code": "40"}, "communes": [{"code": "1", "plant_area_m2": -3}]})", "facts.field_invalid",
       "communes[0].plant_area_m2"},
      {R"({"province": {"code": "40"}, "communes": [{"code": "1", "on_route": 1}]})", "facts.field_invalid",
       "communes[0].on_route"},
      {R"({"province": {"code": "40"}, "communes": [{"code": "1", "populaton": 5}]})", "facts.field_unknown",
       "communes[0].populaton"},
      {R"({"province": {"code": "40"}, "communes": [{"code": "1"}, {"code": "1"}]})", "facts.code_duplicate",
       "communes[1].code"},
      {R"({"province": {"code": "40"}, "communes": [], "extra": 1})", "facts.field_unknown", "extra"},
      {R"({"year": "2025", "province": {"code": "40"}, "communes": []})", "facts.field_invalid", "year"},
  };
  for (const auto& c : cases) {
    const auto e = error_of(c.facts);
    EXPECT_EQ(e.code, c.code) << c.facts;
    EXPECT_EQ(e.field, c.field) << c.facts;
    EXPECT_FALSE(e.message.empty());
    if (!c.field.empty()) EXPECT_NE(e.message.find(std::string(c.field)), std::string::npos) << e.message << " / " << c.facts;
  }
}
