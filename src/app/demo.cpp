#include "app/demo.hpp"

#include <stdexcept>

#include "app/agencies.hpp"
#include "app/areas/demo_areas.hpp"
#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/crypto.hpp"
#include "app/people/demo_people.hpp"
#include "app/settings.hpp"
#include "app/users.hpp"

namespace pcmt::app {
namespace {

// The first `n` communes of the kind by code (with none of the kind: the first commune of any kind).
std::vector<std::string> first_communes_of_kind(const std::vector<Commune>& communes, const std::string& kind,
                                                size_t n) {
  std::vector<std::string> out;
  for (const auto& c : communes)
    if (c.kind == kind && out.size() < n) out.push_back(c.code);
  return out;
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
  if (!province_exists(db, province)) throw std::runtime_error("unknown province code " + province);
  if (settings::get(db, "demo_province")) throw std::runtime_error("the demo was already seeded in this database");

  {
    store::Transaction tx(db);
    seed_demo_communes(db, province);
    settings::put(db, "demo_province", province);
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

  const auto communes = communes_of_province(db, province);
  auto wards = first_communes_of_kind(communes, "phuong", 1);
  if (wards.empty()) wards.push_back(communes.at(0).code);
  const std::string ward = wards[0];
  // People in the demo commune officer's ward and in five rural communes of the province.
  std::vector<std::string> people_communes{ward};
  for (auto& code : first_communes_of_kind(communes, "xa", 5)) people_communes.push_back(std::move(code));
  people::seed_demo_people(db, province, people_communes, vn_today());
  auto agency = agency_by_code(db, province, "so_y_te");
  if (!agency) agency = first_agency(db, province);
  if (!agency) throw std::runtime_error("the province has no agency");
  const std::string agency_id = std::to_string(*agency);
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
