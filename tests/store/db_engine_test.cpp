// The Db interface behaves the same on SQLite and PostgreSQL.
#include "engine_fixture.hpp"

using namespace pcmt;

class DbEngine : public test_support::EngineTest {};
PCMT_ON_BOTH_ENGINES(DbEngine);

TEST_P(DbEngine, ValuesRoundTripWithPlaceholdersInAnyOrder) {
  db().exec_script("CREATE TABLE t (id BIGINT PRIMARY KEY, name TEXT, score BIGINT)");
  db().query("INSERT INTO t (name, id, score) VALUES ($2, $1, $3)", {int64_t{1} << 40, "Nguyễn Văn Ân", nullptr});
  auto r = db().query("SELECT id, name, score FROM t WHERE id = $1", {int64_t{1} << 40}).one();
  EXPECT_EQ(r.i64(0), int64_t{1} << 40);
  EXPECT_EQ(r.str(1), "Nguyễn Văn Ân");
  EXPECT_TRUE(r.is_null(2));
  EXPECT_EQ(r.opt_i64(2), std::nullopt);
}

TEST_P(DbEngine, DollarSignsInsideStringLiteralsAreNotPlaceholders) {
  auto r = db().query("SELECT '$1 is text', $1", {"x"}).one();
  EXPECT_EQ(r.str(0), "$1 is text");
  EXPECT_EQ(r.str(1), "x");
}

TEST_P(DbEngine, UniqueViolationIsAConstraintViolation) {
  db().exec_script("CREATE TABLE u (k TEXT PRIMARY KEY)");
  db().query("INSERT INTO u (k) VALUES ($1)", {"a"});
  EXPECT_THROW(db().query("INSERT INTO u (k) VALUES ($1)", {"a"}), store::ConstraintViolation);
  EXPECT_THROW(db().query("SELECT * FROM no_such_table"), store::DbError);
}

TEST_P(DbEngine, TransactionWithoutCommitRollsBack) {
  db().exec_script("CREATE TABLE t (k TEXT PRIMARY KEY)");
  {
    store::Transaction tx(db());
    db().query("INSERT INTO t (k) VALUES ($1)", {"gone"});
  }
  {
    store::Transaction tx(db());
    db().query("INSERT INTO t (k) VALUES ($1)", {"kept"});
    tx.commit();
  }
  auto r = db().query("SELECT k FROM t");
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0].str(0), "kept");
}

TEST_P(DbEngine, BulkInsertKeepsEveryValue) {
  db().exec_script("CREATE TABLE b (id BIGINT, note TEXT)");
  std::vector<store::Params> rows;
  for (int i = 0; i < 2500; ++i) rows.push_back({i, i % 7 == 0 ? store::Value() : store::Value("tab\there\\ \"ư\"\nline")});
  db().bulk_insert("b", {"id", "note"}, rows);
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM b").one().i64(0), 2500);
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM b WHERE note IS NULL").one().i64(0), 358);
  EXPECT_EQ(db().query("SELECT note FROM b WHERE id = 1").one().str(0), "tab\there\\ \"ư\"\nline");
}

TEST_P(DbEngine, MigrationsApplyOnceAndReferenceDataLoads) {
  auto first = store::migrate(db());
  EXPECT_FALSE(first.empty());
  EXPECT_TRUE(store::migrate(db()).empty());
  EXPECT_EQ(store::schema_version(db()), store::latest_schema_version());
  auto counts = app::load_reference_data(db());
  EXPECT_EQ(counts.provinces, 34);
  EXPECT_EQ(counts.communes, 3321);
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM communes WHERE province_code = '40'").one().i64(0), 130);
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM communes WHERE kind = 'dac_khu'").one().i64(0), 13);
}

TEST_P(DbEngine, ReloadingReferenceDataKeepsWhatTheProvinceEntered) {
  migrate_with_reference();
  db().query("UPDATE communes SET population = 12345, is_border = 1 WHERE code = '16681'");
  app::load_reference_data(db());
  auto r = db().query("SELECT population, is_border, name FROM communes WHERE code = '16681'").one();
  EXPECT_EQ(r.i64(0), 12345);
  EXPECT_TRUE(r.boolean(1));
  EXPECT_EQ(r.str(2), "Phường Thành Vinh");
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM communes").one().i64(0), 3321);
}
