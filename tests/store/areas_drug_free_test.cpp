// The drug-free workflow on both engines: proposal only when the criteria hold, review, decision
// with reasons, at-risk flag, frozen list and its export; the roadmap of targets against approvals.
#include "app/areas/drug_free_workflow.hpp"
#include "app/areas/registry.hpp"
#include "app/communes.hpp"
#include "areas_fixture.hpp"

using namespace pcmt;
namespace ar = app::areas;
using test_support::expect_error;
using test_support::obj;

class AreasDrugFree : public test_support::AreasTest {
 protected:
  void SetUp() override {
    AreasTest::SetUp();
    app::CommunePatch p;
    p.set_population = true;
    p.population = 1000;
    app::update_commune(db(), office, "16681", p);
  }
};
PCMT_ON_BOTH_ENGINES(AreasDrugFree);

TEST_P(AreasDrugFree, ProposedReviewedApprovedThenAtRiskAndFrozen) {
  auto a = ar::propose_drug_free(db(), commune, "16681", 2025);
  const int64_t id = a.at("id").as_int64();
  EXPECT_EQ(a.at("status").as_string(), "proposed");
  EXPECT_EQ(a.at("evidence").at("commune").at("drug_free").as_bool(), true);
  expect_error([&] { ar::propose_drug_free(db(), commune, "16681", 2025); }, app::ErrorKind::conflict, "area.drug_free_exists");
  expect_error([&] { ar::review_drug_free(db(), commune, id, ""); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { ar::review_drug_free(db(), other_commune, id, ""); }, app::ErrorKind::not_found, "not_found");
  expect_error([&] { ar::decide_drug_free(db(), leader, id, {true, "", "12/QĐ-UBND", "2025-12-01"}); }, app::ErrorKind::conflict, "area.drug_free_transition");
  EXPECT_EQ(ar::review_drug_free(db(), office, id, "Hồ sơ đầy đủ").at("status").as_string(), "reviewed");
  expect_error([&] { ar::decide_drug_free(db(), office, id, {true, "", "12/QĐ-UBND", "2025-12-01"}); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { ar::decide_drug_free(db(), leader, id, {true, "", " ", "2025-12-01"}); }, app::ErrorKind::invalid,
               "area.decision_number_required");
  expect_error([&] { ar::decide_drug_free(db(), leader, id, {true, "", "12/QĐ-UBND", "01/12/2025"}); }, app::ErrorKind::invalid,
               "area.decision_date_invalid");
  const auto approved = ar::decide_drug_free(db(), leader, id, {true, "", "12/QĐ-UBND", "2025-12-01"});
  EXPECT_EQ(approved.at("status").as_string(), "approved");
  EXPECT_EQ(approved.at("decision_number").as_string(), "12/QĐ-UBND");
  EXPECT_EQ(approved.at("decision_date").as_string(), "2025-12-01");

  auto list = ar::list_drug_free(db(), leader, 2025);
  ASSERT_EQ(list.at("items").as_array().size(), 1u);
  EXPECT_FALSE(list.at("items").as_array()[0].at("at_risk").as_bool());
  // A point found during the year puts the approved commune at risk.
  ar::create_record(db(), commune, ar::registry("points"),
                    obj(R"({"kind":"use_point","address":"Nhà số 2","found_date":"2025-11-01"})"));
  EXPECT_TRUE(ar::list_drug_free(db(), leader, 2025).at("items").as_array()[0].at("at_risk").as_bool());
  EXPECT_EQ(ar::list_drug_free(db(), other_commune, 2025).at("items").as_array().size(), 0u);

  const std::string xlsx = ar::export_drug_free_xlsx(db(), leader, 2025);
  EXPECT_EQ(xlsx.substr(0, 2), "PK");
  expect_error([&] { ar::freeze_drug_free(db(), office, 2025); }, app::ErrorKind::forbidden, "auth.forbidden");
  auto frozen = ar::freeze_drug_free(db(), leader, 2025);
  ASSERT_EQ(frozen.at("communes").as_array().size(), 1u);
  EXPECT_EQ(frozen.at("communes").as_array()[0].as_string(), "16681");
  EXPECT_TRUE(ar::list_drug_free(db(), office, 2025).at("frozen").as_bool());
  expect_error([&] { ar::freeze_drug_free(db(), leader, 2025); }, app::ErrorKind::conflict, "area.drug_free_frozen");
  expect_error([&] { ar::propose_drug_free(db(), office, "16690", 2025); }, app::ErrorKind::conflict, "area.drug_free_frozen");
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'area_drug_free.%'").one().i64(0), 5);
}

TEST_P(AreasDrugFree, AProposalNeedsTheCriteriaMetAndARejectionItsReason) {
  ar::create_record(db(), office, ar::registry("wanted"),
                    obj(R"({"commune_code":"16690","full_name":"Phạm Văn G","since_date":"2025-02-01"})"));
  expect_error([&] { ar::propose_drug_free(db(), office, "16690", 2025); }, app::ErrorKind::conflict, "area.drug_free_not_met");
  expect_error([&] { ar::propose_drug_free(db(), leader, "16681", 2025); }, app::ErrorKind::forbidden, "auth.forbidden");
  expect_error([&] { ar::propose_drug_free(db(), commune, "16690", 2025); }, app::ErrorKind::not_found, "not_found");

  const int64_t id = ar::propose_drug_free(db(), commune, "16681", 2025).at("id").as_int64();
  ar::review_drug_free(db(), office, id, "");
  EXPECT_EQ(expect_error([&] { ar::decide_drug_free(db(), leader, id, {false, "  ", "", ""}); }, app::ErrorKind::invalid, "area.reason_required"),
            "reason");
  auto rejected = ar::decide_drug_free(db(), leader, id, {false, "Chưa xác minh đối tượng tạm trú", "", ""});
  EXPECT_EQ(rejected.at("status").as_string(), "rejected");
  EXPECT_EQ(rejected.at("decision_reason").as_string(), "Chưa xác minh đối tượng tạm trú");
  // Rejected: the commune may propose again, and the earlier decision is cleared.
  auto again = ar::propose_drug_free(db(), commune, "16681", 2025);
  EXPECT_EQ(again.at("id").as_int64(), id);
  EXPECT_EQ(again.at("status").as_string(), "proposed");
  EXPECT_TRUE(again.at("decision_reason").is_null());
}

TEST_P(AreasDrugFree, RoadmapComparesTargetsWithApprovals) {
  ar::set_roadmap_target(db(), leader, 2025, std::nullopt, 2000, "NQ tỉnh: ≥ 20%");
  auto r = ar::set_roadmap_target(db(), leader, 2026, 1, std::nullopt, "");
  const int64_t id = ar::propose_drug_free(db(), commune, "16681", 2026).at("id").as_int64();
  ar::review_drug_free(db(), office, id, "");
  ar::decide_drug_free(db(), leader, id, {true, "", "12/QĐ-UBND", "2025-12-01"});
  r = ar::roadmap(db(), commune);
  EXPECT_EQ(r.at("commune_count").as_int64(), 130);
  const auto& items = r.at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("year").as_int64(), 2025);
  EXPECT_EQ(items[0].at("target_communes").as_int64(), 26);  // 20% of 130
  EXPECT_EQ(items[0].at("approved").as_int64(), 0);
  EXPECT_FALSE(items[0].at("met").as_bool());
  EXPECT_EQ(items[1].at("approved").as_int64(), 1);
  EXPECT_TRUE(items[1].at("met").as_bool());
  expect_error([&] { ar::set_roadmap_target(db(), leader, 2027, 3, 100, ""); }, app::ErrorKind::invalid, "area.target_invalid");
  expect_error([&] { ar::set_roadmap_target(db(), leader, 2027, std::nullopt, 10001, ""); }, app::ErrorKind::invalid, "area.target_invalid");
  expect_error([&] { ar::set_roadmap_target(db(), commune, 2027, 3, std::nullopt, ""); }, app::ErrorKind::forbidden, "auth.forbidden");
}
