// Accounts and sessions on both engines.
#include <optional>

#include "app/auth.hpp"
#include "app/error.hpp"
#include "app/users.hpp"
#include "engine_fixture.hpp"

using namespace pcmt;

class AuthStore : public test_support::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    migrate_with_reference();
    app::create_user(db(), app::cli_actor(), {"canbo", "Cán bộ", "standing_office", "province:40", "mat-khau-dai-1"});
  }
  std::optional<app::ErrorKind> kind_of(const std::function<void()>& f) {
    try {
      f();
    } catch (const app::Error& e) {
      return e.kind;
    }
    return std::nullopt;
  }
};
PCMT_ON_BOTH_ENGINES(AuthStore);

TEST_P(AuthStore, LoginCreatesASessionThatResolves) {
  auto s = app::login(db(), "canbo", "mat-khau-dai-1", "127.0.0.1");
  auto back = app::resolve_session(*second_connection(), s.token);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->actor.username, "canbo");
  EXPECT_EQ(back->actor.role, app::Role::standing_office);
  EXPECT_EQ(back->actor.province_code, "40");
  EXPECT_EQ(back->csrf_token, s.csrf_token);
  // Only a hash of the token is stored.
  EXPECT_TRUE(db().query("SELECT 1 FROM sessions WHERE token_hash = $1", {s.token}).empty());
}

TEST_P(AuthStore, WrongPasswordAndUnknownUserGiveTheSameAnswer) {
  EXPECT_EQ(kind_of([&] { app::login(db(), "canbo", "wrong-password", "ip1"); }), app::ErrorKind::unauthenticated);
  EXPECT_EQ(kind_of([&] { app::login(db(), "nobody", "wrong-password", "ip1"); }), app::ErrorKind::unauthenticated);
  auto failures = db().query("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login_failed'").one().i64(0);
  EXPECT_EQ(failures, 2);
}

TEST_P(AuthStore, FiveFailuresLockTheAccountEvenForTheRightPassword) {
  for (int i = 0; i < 5; ++i) EXPECT_EQ(kind_of([&] { app::login(db(), "canbo", "wrong-password", "ip2"); }), app::ErrorKind::unauthenticated);
  EXPECT_EQ(kind_of([&] { app::login(db(), "canbo", "mat-khau-dai-1", "ip2"); }), app::ErrorKind::too_many);
}

TEST_P(AuthStore, IdleAndAbsoluteExpiryEndSessions) {
  auto s = app::login(db(), "canbo", "mat-khau-dai-1", "ip3");
  db().query("UPDATE sessions SET last_seen_at = last_seen_at - 3600");
  EXPECT_FALSE(app::resolve_session(db(), s.token));
  auto s2 = app::login(db(), "canbo", "mat-khau-dai-1", "ip3");
  db().query("UPDATE sessions SET expires_at = 0");
  EXPECT_FALSE(app::resolve_session(db(), s2.token));
}

TEST_P(AuthStore, DisablingAUserEndsItsSessions) {
  auto s = app::login(db(), "canbo", "mat-khau-dai-1", "ip4");
  auto id = db().query("SELECT id FROM users WHERE username = 'canbo'").one().i64(0);
  app::create_user(db(), app::cli_actor(), {"quantri", "Quản trị", "admin", "province:40", "mat-khau-dai-2"});
  auto admin = app::login(db(), "quantri", "mat-khau-dai-2", "ip4").actor;
  app::UserPatch p;
  p.disabled = true;
  app::update_user(db(), admin, id, p);
  EXPECT_FALSE(app::resolve_session(db(), s.token));
  EXPECT_EQ(kind_of([&] { app::login(db(), "canbo", "mat-khau-dai-1", "ip4"); }), app::ErrorKind::unauthenticated);
}

TEST_P(AuthStore, PasswordChangeEndsOtherSessions) {
  auto a = app::login(db(), "canbo", "mat-khau-dai-1", "ip5");
  auto b = app::login(db(), "canbo", "mat-khau-dai-1", "ip5");
  EXPECT_EQ(kind_of([&] { app::change_password(db(), a, "not-it", "mot-mat-khau-moi"); }), app::ErrorKind::invalid);
  EXPECT_EQ(kind_of([&] { app::change_password(db(), a, "mat-khau-dai-1", "short"); }), app::ErrorKind::invalid);
  app::change_password(db(), a, "mat-khau-dai-1", "mot-mat-khau-moi");
  EXPECT_TRUE(app::resolve_session(db(), a.token));
  EXPECT_FALSE(app::resolve_session(db(), b.token));
  EXPECT_NO_THROW(app::login(db(), "canbo", "mot-mat-khau-moi", "ip5"));
}

TEST_P(AuthStore, UserScopesMustExistAndSuitTheRole) {
  auto admin = app::cli_actor();
  EXPECT_EQ(kind_of([&] { app::create_user(db(), admin, {"xx1", "X", "commune", "province:40", "mat-khau-dai-1"}); }), app::ErrorKind::invalid);
  EXPECT_EQ(kind_of([&] { app::create_user(db(), admin, {"xx2", "X", "commune", "commune:99999", "mat-khau-dai-1"}); }), app::ErrorKind::invalid);
  EXPECT_EQ(kind_of([&] { app::create_user(db(), admin, {"xx3", "X", "nobody", "province:40", "mat-khau-dai-1"}); }), app::ErrorKind::invalid);
  EXPECT_EQ(kind_of([&] { app::create_user(db(), admin, {"canbo", "X", "leader", "province:40", "mat-khau-dai-1"}); }), app::ErrorKind::conflict);
  auto u = app::create_user(db(), admin, {"xx4", "X", "commune", "commune:16681", "mat-khau-dai-1"});
  EXPECT_EQ(u.scope.province_code, "40");
  EXPECT_EQ(u.scope.name, "Phường Thành Vinh");
}

TEST_P(AuthStore, APasswordChosenByAnAdminMustBeReplaced) {
  auto s = app::login(db(), "canbo", "mat-khau-dai-1", "ip6");
  EXPECT_TRUE(s.actor.must_change_password);
  app::change_password(db(), s, "mat-khau-dai-1", "mat-khau-cua-toi");
  EXPECT_FALSE(app::resolve_session(db(), s.token)->actor.must_change_password);
  auto id = db().query("SELECT id FROM users WHERE username = 'canbo'").one().i64(0);
  app::UserPatch reset;
  reset.password = "mat-khau-tam-thoi";
  app::update_user(db(), app::cli_actor(), id, reset);
  EXPECT_TRUE(app::login(db(), "canbo", "mat-khau-tam-thoi", "ip6").actor.must_change_password);
}
