// pcmt audit verify, pcmt audit fingerprint.
#include <iostream>

#include "app/audit.hpp"
#include "app/crypto.hpp"
#include "app/people/registered_ids.hpp"
#include "core/text/normalize.hpp"
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

// The number comes on standard input, never as an argument: arguments show in `ps` and shell history.
int audit_fingerprint(const Args& a) {
  app::crypto::init();
  auto conn = store::connect(a.require("db"));
  std::string number;
  std::getline(std::cin, number);
  number = std::string(text::trim(number));
  if (number.size() != 12 || number.find_first_not_of("0123456789") != std::string::npos)
    throw UsageError("a personal ID is 12 digits, read from standard input");
  std::cout << app::people::personal_id_fingerprint(app::Fingerprints(*conn), number) << "\n";
  return 0;
}

const Registration audit_fingerprint_cmd{
    "audit fingerprint",
    "audit fingerprint --db URL   (reads a personal ID on stdin; prints the fingerprint its checks carry in the audit trail)",
    audit_fingerprint};

}  // namespace
}  // namespace pcmt::cli
