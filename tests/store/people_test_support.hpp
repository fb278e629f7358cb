#pragma once
// Shared setup of the people store tests: a migrated database (both engines), one actor of each
// kind, a fixed "today" (Monday 16/6/2025, under Law 73/2021) and helpers to register people and
// record events through the use cases.
#include <string>

#include <boost/json.hpp>

#include "app/error.hpp"
#include "app/job_kinds.hpp"
#include "app/people/events.hpp"
#include "app/people/registry.hpp"
#include "engine_fixture.hpp"

namespace pcmt::test_support {

inline app::Actor make_actor(int64_t id, const std::string& username, app::Role role, app::ScopeKind kind,
                             const std::string& scope_id) {
  app::Actor a;
  a.user_id = id;
  a.username = username;
  a.role = role;
  a.scope = {kind, scope_id};
  a.province_code = "40";
  return a;
}

class PeopleTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    migrate_with_reference();
    admin = make_actor(0, "admin", app::Role::admin, app::ScopeKind::province, "40");
    office = make_actor(0, "thuongtruc", app::Role::standing_office, app::ScopeKind::province, "40");
    leader = make_actor(0, "lanhdao", app::Role::leader, app::ScopeKind::province, "40");
    auditor = make_actor(0, "kiemtra", app::Role::auditor, app::ScopeKind::province, "40");
    commune = make_actor(0, "cx_thanhvinh", app::Role::commune, app::ScopeKind::commune, kCommune);
    other_commune = make_actor(0, "cx_truongvinh", app::Role::commune, app::ScopeKind::commune, kOtherCommune);
  }

  static constexpr const char* kCommune = "16681";       // Phường Thành Vinh, Nghệ An
  static constexpr const char* kOtherCommune = "16690";  // Phường Trường Vinh, Nghệ An
  const calendar::Date today{2025, 6, 16};               // a Monday

  app::people::PersonInput person(const std::string& id, const std::string& name, const std::string& birth,
                                  const std::string& sex = "male", const std::string& commune_code = kCommune) {
    app::people::PersonInput in;
    in.personal_id = id;
    in.full_name = name;
    in.birth_date = birth;
    in.sex = sex;
    in.commune_code = commune_code;
    return in;
  }

  int64_t add(const app::people::PersonInput& in, const app::Actor* by = nullptr) {
    return app::people::register_person(db(), by ? *by : office, in, today).id;
  }

  app::people::EventOutcome event(int64_t person, const std::string& type, const std::string& date,
                                  boost::json::object fields = {}, const app::Actor* by = nullptr,
                                  std::optional<int64_t> facility = std::nullopt) {
    app::people::EventInput in{type, date, std::move(fields), facility, ""};
    return app::people::record_event(db(), by ? *by : office, person, in, today);
  }

  // Runs the queued jobs as a server's worker would, and returns job `id`'s result.
  boost::json::object run_job(int64_t id) {
    app::jobs::run_queued_jobs(db(), app::job_runners());
    auto r = db().query("SELECT state, result FROM jobs WHERE id = $1", {id}).one();
    EXPECT_EQ(r.str(0), "done");
    return r.is_null(1) ? boost::json::object{} : boost::json::parse(r.str(1)).as_object();
  }

  int64_t count(const std::string& sql, const store::Params& p = {}) { return db().query(sql, p).one().i64(0); }

  // The code of the app::Error `f` throws (fails the test when it throws nothing).
  template <typename F>
  app::Error error_of(F&& f) {
    try {
      f();
    } catch (const app::Error& e) {
      return e;
    }
    ADD_FAILURE() << "expected an app::Error";
    return app::Error(app::ErrorKind::invalid, "none", "none");  // the test has already failed
  }

  app::Actor admin, office, leader, auditor, commune, other_commune;
};

}  // namespace pcmt::test_support
