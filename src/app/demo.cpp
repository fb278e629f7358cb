#include "app/demo.hpp"

#include <stdexcept>

#include "app/areas/demo_areas.hpp"
#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/crypto.hpp"
#include "app/people/demo_people.hpp"
#include "app/users.hpp"

namespace pcmt::app {
namespace {

std::string first_commune_of_kind(store::Connection& db, const std::string& province, const std::string& kind) {
  auto r = db.query("SELECT code FROM communes WHERE province_code = $1 AND kind = $2 ORDER BY code LIMIT 1",
                    {province, kind});
  if (r.empty()) r = db.query("SELECT code FROM communes WHERE province_code = $1 ORDER BY code LIMIT 1", {province});
  return r.one().str(0);
}

}  // namespace

Actor demo_admin(const std::string& province) {
  Actor a = cli_actor();
  a.province_code = province;
  a.scope = {ScopeKind::province, province};
  return a;
}

uint64_t demo_mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::vector<DemoAccount> seed_demo(store::Connection& db, const std::string& province) {
  auto prov = db.query("SELECT name FROM provinces WHERE code = $1", {province});
  if (prov.empty()) throw std::runtime_error("unknown province code " + province);
  if (!db.query("SELECT value FROM settings WHERE name = 'demo_province'").empty())
    throw std::runtime_error("the demo was already seeded in this database");

  {
    store::Transaction tx(db);
    auto communes = db.query("SELECT code, kind FROM communes WHERE province_code = $1", {province});
    for (const auto& c : communes.rows) {
      const uint64_t h = demo_mix(std::stoull(c.str(0)));
      // Wards are denser than rural communes; roughly 1 in 5 communes is on the border, 1 in 3 remote.
      const int64_t base = c.str(1) == "phuong" ? 18000 : 7000;
      const int64_t population = base + static_cast<int64_t>(h % 22000);
      const bool border = c.str(1) == "xa" && (h >> 20) % 5 == 0;
      const bool remote = c.str(1) != "phuong" && (h >> 24) % 3 == 0;
      db.query("UPDATE communes SET population = $1, is_border = $2, is_remote = $3 WHERE code = $4",
               {population, border, remote, c.str(0)});
    }
    db.query("INSERT INTO settings (name, value) VALUES ('demo_province', $1)", {province});
    AuditEvent e;
    e.actor = "cli";
    e.action = "demo.seed";
    e.object_type = "province";
    e.object_id = province;
    e.province_code = province;
    append_audit(db, e);
    tx.commit();
  }

  areas::seed_demo_areas(db, province);

  const std::string ward = first_commune_of_kind(db, province, "phuong");
  // People in the demo commune officer's ward and in five rural communes of the province.
  std::vector<std::string> people_communes{ward};
  for (const auto& r : db.query("SELECT code FROM communes WHERE province_code = $1 AND kind = 'xa' ORDER BY code LIMIT 5",
                                {province}).rows)
    people_communes.push_back(r.str(0));
  people::seed_demo_people(db, province, people_communes, vn_today());
  auto agency = db.query("SELECT id FROM agencies WHERE province_code = $1 AND code = 'so_y_te'", {province});
  if (agency.empty()) agency = db.query("SELECT id FROM agencies WHERE province_code = $1 ORDER BY id LIMIT 1", {province});
  const std::string agency_id = agency.one().str(0);
  std::vector<DemoAccount> accounts{
      {"admin", "", "admin", "province:" + province, "Quản trị hệ thống"},
      {"thuongtruc", "", "standing_office", "province:" + province, "Cơ quan thường trực (Công an tỉnh)"},
      {"lanhdao", "", "leader", "province:" + province, "Lãnh đạo tỉnh"},
      {"soyte", "", "agency", "agency:" + agency_id, "Sở, ban, ngành"},
      {"capxa", "", "commune", "commune:" + ward, "Công an / UBND cấp xã"},
      {"kiemtra", "", "auditor", "province:" + province, "Kiểm tra, giám sát"},
  };
  for (auto& a : accounts) {
    a.password = crypto::random_token(12);
    create_user(db, cli_actor(), {a.username, a.label, a.role, a.scope, a.password, false});
  }
  return accounts;
}

}  // namespace pcmt::app
