// pcmt audit verify.
#include <iostream>

#include "app/audit.hpp"
#include "app/crypto.hpp"
#include "command.hpp"

namespace pcmt::cli {
namespace {

int audit_verify(const Args& a) {
  app::crypto::init();
  auto conn = store::connect(a.require("db"));
  auto v = app::verify_audit(*conn);
  if (v.ok) {
    std::cout << "audit chain intact: " << v.checked << " rows\n";
    return 0;
  }
  std::cout << "audit chain BROKEN at row " << *v.first_bad_seq << ": " << v.problem << " (" << v.checked
            << " rows verified before it)\n";
  return 3;
}

const Registration audit_verify_cmd{"audit verify", "audit verify --db URL   (exit 0 when the chain is intact)",
                                    audit_verify};

}  // namespace
}  // namespace pcmt::cli
