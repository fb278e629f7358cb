// pcmt migrate, pcmt demo.
#include <iostream>

#include "app/clock.hpp"
#include "app/crypto.hpp"
#include "app/demo.hpp"
#include "app/people/state_periods.hpp"
#include "app/reference.hpp"
#include "command.hpp"
#include "store/migrate.hpp"

namespace pcmt::cli {
namespace {

int migrate(const Args& a) {
  auto conn = store::connect(a.require("db"));
  for (const auto& name : store::migrate(*conn)) std::cout << "applied " << name << "\n";
  auto counts = app::load_reference_data(*conn);
  std::cout << "reference data: " << counts.provinces << " provinces, " << counts.communes << " communes, "
            << counts.agencies << " catalogue agencies per province\n";
  const auto periods = app::people::backfill_state_periods(*conn, app::vn_today());
  if (periods.people || !periods.not_replayed.empty())
    std::cout << "state periods: " << periods.people << " people replayed, " << periods.not_replayed.size()
              << " refused by the current rules (left without periods)\n";
  return 0;
}

int demo(const Args& a) {
  app::crypto::init();
  auto conn = store::connect(a.require("db"));
  const std::string province = a.get("province").value_or("40");
  auto accounts = app::seed_demo(*conn, province);
  std::cout << "Demo province " << province << " seeded. Accounts (username / password / role):\n";
  for (const auto& acc : accounts)
    std::cout << "  " << acc.username << "  " << acc.password << "  " << acc.role << "  (" << acc.label << ", "
              << acc.scope << ")\n";
  return 0;
}

const Registration migrate_cmd{"migrate", "migrate --db URL   (schema + reference data)", migrate};
const Registration demo_cmd{"demo", "demo --db URL [--province CODE]   (synthetic demo data and accounts)", demo};

}  // namespace
}  // namespace pcmt::cli
