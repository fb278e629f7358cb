#pragma once
// Shared setup of the areas store tests: the reference data, one actor per scope, and JSON helpers.
#include <boost/json.hpp>

#include "app/actor.hpp"
#include "app/error.hpp"
#include "engine_fixture.hpp"

namespace pcmt::test_support {

class AreasTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    migrate_with_reference();
    office = actor(app::Role::standing_office, {app::ScopeKind::province, "40"}, 1);
    leader = actor(app::Role::leader, {app::ScopeKind::province, "40"}, 2);
    commune = actor(app::Role::commune, {app::ScopeKind::commune, "16681"}, 3);
    other_commune = actor(app::Role::commune, {app::ScopeKind::commune, "16690"}, 4);
    foreign = actor(app::Role::standing_office, {app::ScopeKind::province, "01"}, 5);
  }
  static app::Actor actor(app::Role role, app::Scope scope, int64_t id) {
    app::Actor a;
    a.user_id = id;
    a.username = "u" + std::to_string(id);
    a.role = role;
    a.province_code = scope.kind == app::ScopeKind::province ? scope.id : "40";
    a.scope = std::move(scope);
    return a;
  }
  int64_t audit_count(const std::string& action) {
    return db().query("SELECT COUNT(*) FROM audit_log WHERE action = $1", {action}).one().i64(0);
  }
  // A person of the people registry in a lifecycle state since 2020, written directly (the state and
  // its period, as the lifecycle store writes them): the areas module only counts them.
  int64_t add_person(const std::string& commune_code, const std::string& state, int n) {
    const int64_t id =
        db().query("INSERT INTO people (personal_id, full_name, search_key, birth_date, birth_year, sex, province_code, "
                   "commune_code, state, created_at, updated_at) VALUES ($1, 'Nguyễn Văn A', 'nguyen van a', "
                   "'1990-01-01', 1990, 'male', '40', $2, $3, 0, 0) RETURNING id",
                   {"0400900" + std::to_string(10000 + n), commune_code, state})
            .one()
            .i64(0);
    db().query("INSERT INTO person_state_periods (person_id, idx, state, from_date, to_date, province_code, "
               "commune_code) VALUES ($1, 0, $2, '2020-01-01', NULL, '40', $3)",
               {id, state, commune_code});
    return id;
  }
  app::Actor office, leader, commune, other_commune, foreign;
};

inline boost::json::object obj(std::string_view text) { return boost::json::parse(text).as_object(); }

}  // namespace pcmt::test_support
