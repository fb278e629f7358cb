#pragma once
// A demo province with deterministic synthetic data, for trying pcmt out. Synthetic: populations
// and flags are generated, not official figures.
#include <cstdint>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app {

struct DemoAccount {
  std::string username, password, role, scope, label;
};

// SplitMix64: the same commune code always yields the same synthetic figures.
uint64_t demo_mix(uint64_t x);

// The command line's admin, scoped to the demo province: who writes the demo's records through the
// use cases (validated and audited like anyone's).
Actor demo_admin(const std::string& province);

// Seeds province `code`: resident populations, border/remote flags, one account per role with a
// freshly generated password. Refuses (std::runtime_error) when the demo was already seeded.
std::vector<DemoAccount> seed_demo(store::Connection& db, const std::string& province_code);

}  // namespace pcmt::app
