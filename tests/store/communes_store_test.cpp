// Communes: scope filtering in the queries, diacritic-free search, all-or-nothing import.
#include "app/communes.hpp"
#include "app/error.hpp"
#include "engine_fixture.hpp"

using namespace pcmt;

class CommunesStore : public test_support::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    migrate_with_reference();
    province_officer.role = app::Role::standing_office;
    province_officer.scope = {app::ScopeKind::province, "40"};
    province_officer.province_code = "40";
    province_officer.username = "so";
    commune_user.role = app::Role::commune;
    commune_user.scope = {app::ScopeKind::commune, "16681"};
    commune_user.province_code = "40";
    commune_user.username = "cx";
  }
  app::Actor province_officer, commune_user;
};
PCMT_ON_BOTH_ENGINES(CommunesStore);

TEST_P(CommunesStore, SearchIgnoresDiacriticsAndStaysInTheProvince) {
  auto page = app::list_communes(db(), province_officer, {"", "thanh vinh", "", 1, 50});
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].code, "16681");
  EXPECT_EQ(app::list_communes(db(), province_officer, {"", "", "", 1, 50}).total, 130);
  EXPECT_EQ(app::list_communes(db(), province_officer, {"", "16681", "", 1, 50}).total, 1);
}

TEST_P(CommunesStore, LikeWildcardsInTheQueryAreLiteral) {
  EXPECT_EQ(app::list_communes(db(), province_officer, {"", "%", "", 1, 50}).total, 0);
  EXPECT_EQ(app::list_communes(db(), province_officer, {"", "_", "", 1, 50}).total, 0);
}

TEST_P(CommunesStore, CommuneUserSeesOnlyItsCommune) {
  auto page = app::list_communes(db(), commune_user, {"", "", "", 1, 50});
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].code, "16681");
  try {
    app::get_commune(db(), commune_user, "15229");
    FAIL() << "another commune must be invisible";
  } catch (const app::Error& e) {
    EXPECT_EQ(e.kind, app::ErrorKind::not_found);
  }
}

TEST_P(CommunesStore, UpdateIsAuditedInTheSameTransaction) {
  app::CommunePatch p;
  p.set_population = true;
  p.population = 25000;
  p.is_border = true;
  auto c = app::update_commune(db(), province_officer, "16681", p);
  EXPECT_EQ(c.population, 25000);
  EXPECT_TRUE(c.is_border);
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM audit_log WHERE action = 'commune.update' AND object_id = '16681'").one().i64(0), 1);
  p.population = -1;
  EXPECT_THROW(app::update_commune(db(), province_officer, "16681", p), app::Error);
  EXPECT_EQ(db().query("SELECT population FROM communes WHERE code = '16681'").one().i64(0), 25000);
}

TEST_P(CommunesStore, ImportWithOneBadRowImportsNothing) {
  const std::string csv = "commune_code,population\n16681,30000\n17329,abc\n99999,5\n";
  try {
    app::import_populations(db(), province_officer, "40", "csv", csv);
    FAIL() << "bad rows must be refused";
  } catch (const app::Error& e) {
    EXPECT_EQ(e.kind, app::ErrorKind::refused);
    EXPECT_STREQ(e.what(), "Tệp có 2 dòng lỗi; chưa có dữ liệu nào được nhập");
    ASSERT_EQ(e.rows.size(), 2u);
    EXPECT_EQ(e.rows[0].line, 3);
    EXPECT_EQ(e.rows[0].field, "population");
    EXPECT_EQ(e.rows[1].line, 4);
    EXPECT_EQ(e.rows[1].field, "commune_code");
  }
  EXPECT_TRUE(db().query("SELECT population FROM communes WHERE code = '16681'").one().is_null(0));
  EXPECT_EQ(app::import_populations(db(), province_officer, "40", "csv", "population,commune_code\n31000,16681\n"), 1);
  EXPECT_EQ(db().query("SELECT population FROM communes WHERE code = '16681'").one().i64(0), 31000);
}

TEST_P(CommunesStore, OnlyProvinceOfficersImport) {
  try {
    app::import_populations(db(), commune_user, "40", "csv", "commune_code,population\n16681,1\n");
    FAIL();
  } catch (const app::Error& e) {
    EXPECT_EQ(e.kind, app::ErrorKind::forbidden);
  }
}
