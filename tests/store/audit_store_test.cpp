// The audit chain on both engines: appends in order, detects edits, deletions and reordering
// made by someone who bypasses pcmt (and drops the append-only trigger first).
#include "app/audit.hpp"
#include "engine_fixture.hpp"

using namespace pcmt;

class AuditStore : public test_support::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    store::migrate(db());
    for (int i = 1; i <= 5; ++i) {
      store::Transaction tx(db());
      app::AuditEvent e;
      e.actor = "u" + std::to_string(i);
      e.action = "test.write";
      e.object_type = "thing";
      e.object_id = std::to_string(i);
      app::append_audit(db(), e);
      tx.commit();
    }
  }
  void drop_append_only_guard() {
    if (db().engine() == store::Engine::sqlite)
      db().exec_script("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    else
      db().exec_script("DROP TRIGGER audit_log_no_change ON audit_log");
  }
};
PCMT_ON_BOTH_ENGINES(AuditStore);

TEST_P(AuditStore, IntactChainVerifies) {
  auto v = app::verify_audit(db());
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.checked, 5);
}

TEST_P(AuditStore, TheDatabaseRefusesUpdatesAndDeletes) {
  EXPECT_THROW(db().query("UPDATE audit_log SET actor = 'x' WHERE seq = 2"), store::DbError);
  EXPECT_THROW(db().query("DELETE FROM audit_log WHERE seq = 2"), store::DbError);
}

TEST_P(AuditStore, EditedRowIsFound) {
  drop_append_only_guard();
  db().query("UPDATE audit_log SET actor = 'someone_else' WHERE seq = 3");
  auto v = app::verify_audit(db());
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_seq, 3);
}

TEST_P(AuditStore, DeletedMiddleRowIsFound) {
  drop_append_only_guard();
  db().query("DELETE FROM audit_log WHERE seq = 2");
  auto v = app::verify_audit(db());
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_seq, 2);
}

TEST_P(AuditStore, DeletedNewestRowIsFound) {
  drop_append_only_guard();
  db().query("DELETE FROM audit_log WHERE seq = 5");
  auto v = app::verify_audit(db());
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_seq, 5);
}

TEST_P(AuditStore, SwappedRowsAreFound) {
  drop_append_only_guard();
  // Swap the contents of rows 2 and 3, each with its own valid hash.
  db().query("UPDATE audit_log SET seq = -2 WHERE seq = 2");
  db().query("UPDATE audit_log SET seq = 2 WHERE seq = 3");
  db().query("UPDATE audit_log SET seq = 3 WHERE seq = -2");
  auto v = app::verify_audit(db());
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_seq, 2);
}

TEST_P(AuditStore, ConcurrentAppendersNeverFork) {
  auto other = second_connection();
  for (int i = 0; i < 10; ++i) {
    auto& conn = i % 2 ? db() : *other;
    store::Transaction tx(conn);
    app::AuditEvent e;
    e.actor = "c";
    e.action = "test.concurrent";
    e.object_type = "thing";
    e.object_id = std::to_string(i);
    app::append_audit(conn, e);
    tx.commit();
  }
  auto v = app::verify_audit(db());
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.checked, 15);
}
