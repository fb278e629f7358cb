#pragma once
// Shared setup of the plans store tests: the reference data of province 40 (Nghệ An), actors of
// every kind, and a reviewed plan modelled on Nghệ An's 594/KH-UBND of 21/7/2025.
#include <functional>
#include <string>

#include "app/actor.hpp"
#include "app/error.hpp"
#include "app/plans/plan_model.hpp"
#include "app/plans/save_plan.hpp"
#include "core/calendar/date.hpp"
#include "engine_fixture.hpp"

namespace pcmt::test_support {

class PlansTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    migrate_with_reference();
    // Users must exist for the foreign keys of created_by / submitted_by.
    office = actor("so", app::Role::standing_office, {app::ScopeKind::province, "40"});
    leader = actor("lead", app::Role::leader, {app::ScopeKind::province, "40"});
    police = agency_actor("ca", "cong_an_tinh");
    health = agency_actor("yt", "so_y_te");
    education = agency_actor("gd", "so_gddt");
    commune = actor("cx", app::Role::commune, {app::ScopeKind::commune, "16681"});
    foreign_office = actor("so_hn", app::Role::standing_office, {app::ScopeKind::province, "01"});
    foreign_office.province_code = "01";
  }

  int64_t agency_id(const std::string& code, const std::string& province = "40") {
    return db().query("SELECT id FROM agencies WHERE code = $1 AND province_code = $2", {code, province}).one().i64(0);
  }

  app::Actor actor(const std::string& username, app::Role role, app::Scope scope) {
    const int64_t id = db().query(
                               "INSERT INTO users (username, full_name, role, scope_kind, scope_id, province_code, "
                               "search_key, password_hash, created_at, password_changed_at) VALUES ($1, $1, $2, $3, "
                               "$4, $5, $1, 'x', 0, 0) RETURNING id",
                               {username, std::string(app::to_string(role)), std::string(app::to_string(scope.kind)),
                                scope.id, scope.kind == app::ScopeKind::province ? scope.id : std::string("40")})
                           .one()
                           .i64(0);
    app::Actor a;
    a.user_id = id;
    a.username = username;
    a.role = role;
    a.scope = scope;
    a.province_code = scope.kind == app::ScopeKind::province ? scope.id : "40";
    return a;
  }

  app::Actor agency_actor(const std::string& username, const std::string& code) {
    return actor(username, app::Role::agency, {app::ScopeKind::agency, std::to_string(agency_id(code))});
  }

  static app::plans::AgencyRef named(const std::string& name, const std::string& field = "x") {
    return {std::nullopt, name, field};
  }

  static schedule::Due due(schedule::DueKind kind, const char* date = nullptr) {
    schedule::Due d;
    d.kind = kind;
    if (date) d.date = calendar::Date::parse(date);
    return d;
  }

  static schedule::Due recurring(schedule::Every every, std::optional<int> day = {}, std::optional<int> month = {}) {
    schedule::Due d;
    d.kind = schedule::DueKind::recurring;
    d.every = every;
    d.day = day;
    d.month = month;
    return d;
  }

  // Four tasks: a dated one (police leads, health co-operates), a yearly report on 15/12 (health
  // leads), a conditional one (education leads, the procuracy is requested), and a continuous
  // one (police leads). Tracked to 2026, reporting every six months.
  static app::plans::PlanInput plan594() {
    app::plans::PlanInput in;
    in.number = "594/KH-UBND";
    in.date = "2025-07-21";
    in.issuer = "Ủy ban nhân dân tỉnh Nghệ An";
    in.kind = "ke_hoach";
    in.title = "Triển khai thực hiện Chỉ thị số 06/CT-TTg về tăng cường phòng, chống ma túy";
    in.horizon_year = 2026;
    in.targets.push_back({"Ít nhất 50% xã, phường không ma túy", 50.0, "%", 2030});
    auto task = [&](std::string ref, std::string text, schedule::Due d) -> app::plans::TaskInput& {
      app::plans::TaskInput t;
      t.ref = std::move(ref);
      t.text = std::move(text);
      t.due = std::move(d);
      t.field = "tasks[" + std::to_string(in.tasks.size()) + "]";
      in.tasks.push_back(std::move(t));
      return in.tasks.back();
    };
    auto& a = task("II.1", "Tổng kiểm tra, rà soát người sử dụng trái phép chất ma túy", due(schedule::DueKind::date, "2025-09-30"));
    a.lead = {named("Công an tỉnh")};
    a.cooperating = {named("Sở Y tế")};
    auto& b = task("II.2", "Báo cáo kết quả cai nghiện ma túy", recurring(schedule::Every::year, 15, 12));
    b.lead = {named("Sở Y tế")};
    auto& c = task("II.3", "Triển khai mô hình sau khi Bộ Công an hướng dẫn", due(schedule::DueKind::conditional));
    c.lead = {named("Sở Giáo dục và Đào tạo")};
    c.requested = {named("Viện kiểm sát nhân dân tỉnh")};
    auto& d = task("III.1", "Thường xuyên tuyên truyền phòng, chống ma túy", due(schedule::DueKind::continuous));
    d.lead = {named("Công an tỉnh")};
    return in;
  }

  int64_t count(const std::string& sql, const store::Params& p = {}) { return db().query(sql, p).one().i64(0); }

  // Runs f, expecting an app::Error of this kind and code; returns its field.
  std::string expect_error(const std::function<void()>& f, app::ErrorKind kind, const std::string& code) {
    return test_support::expect_error(f, kind, code);
  }

  app::Actor office, leader, police, health, education, commune, foreign_office;
};

}  // namespace pcmt::test_support
