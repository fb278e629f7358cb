// Migration 0011 on a database that already holds cases (both engines): each case gets one history
// row with its status on its case date, marked as of unknown date, and last year's share of cases
// resolved is what it was before the history existed.
#include "app/areas/indicators.hpp"
#include "app/areas/registry.hpp"
#include "areas_fixture.hpp"
#include "store/migrate.hpp"

using namespace pcmt;
namespace ar = app::areas;
using test_support::obj;

class AreasCaseStatus : public test_support::AreasTest {};
PCMT_ON_BOTH_ENGINES(AreasCaseStatus);

TEST_P(AreasCaseStatus, CasesFromBeforeTheHistoryAreCarriedOverOnTheirCaseDateAsUnknown) {
  const auto& cases = ar::registry("cases");
  ar::create_record(db(), office, cases, obj(R"({"commune_code":"16681","case_date":"2025-03-02","status":"tried",
                                                  "status_date":"2025-04-01"})"));
  ar::create_record(db(), office, cases,
                    obj(R"({"commune_code":"16681","case_date":"2025-05-06","status":"investigating"})"));
  // The database as it was before 0011, then 0011 applied to it.
  db().exec_script(
      "DROP TABLE area_case_status_changes; ALTER TABLE area_cases DROP COLUMN status_date; "
      "ALTER TABLE area_cases DROP COLUMN status_date_known; DELETE FROM schema_migrations WHERE version = 11");
  EXPECT_EQ(store::migrate(db()), std::vector<std::string>{"0011_area_case_status_history.sql"});

  const auto rows = db().query(
      "SELECT c.case_date, c.status_date, c.status_date_known, h.status, h.effective_date, h.date_known FROM "
      "area_cases c JOIN area_case_status_changes h ON h.case_id = c.id ORDER BY c.case_date");
  ASSERT_EQ(rows.rows.size(), 2u);
  for (const auto& r : rows.rows) {
    EXPECT_EQ(r.str(1), r.str(0));  // the current status dated on the case date
    EXPECT_EQ(r.i64(2), 0);
    EXPECT_EQ(r.str(4), r.str(0));
    EXPECT_EQ(r.i64(5), 0);
  }
  EXPECT_EQ(rows.rows[0].str(3), "tried");
  EXPECT_EQ(rows.rows[1].str(3), "investigating");

  // Counted as the indicator counted before the history: 1 of 2 resolved in 2025.
  const auto doc = ar::indicators(db(), office, "", 2025, "16681");
  for (const auto& r : doc.at("total").at("indicators").as_array())
    if (r.at("indicator").as_string() == "cases_resolved") {
      EXPECT_EQ(r.at("part").as_int64(), 1);
      EXPECT_EQ(r.at("whole").as_int64(), 2);
    }
}
