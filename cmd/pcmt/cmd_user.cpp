// pcmt user add.
#include <iostream>

#include "app/crypto.hpp"
#include "app/error.hpp"
#include "app/users.hpp"
#include "command.hpp"

namespace pcmt::cli {
namespace {

int user_add(const Args& a) {
  app::crypto::init();
  if (!a.flag("password-stdin")) throw UsageError("the password is read from standard input: pass --password-stdin");
  std::string password;
  std::getline(std::cin, password);
  auto conn = store::connect(a.require("db"));
  const std::string username = a.require("username");
  try {
    auto u = app::create_user(*conn, app::cli_actor(),
                              {username, a.get("full-name").value_or(username), a.require("role"), a.require("scope"),
                               password, false});
    std::cout << "created user " << u.username << " (id " << u.id << ", " << app::to_string(u.role) << ", "
              << u.scope.scope.to_string() << ")\n";
    return 0;
  } catch (const app::Error& e) {
    std::cerr << "pcmt user add: " << e.code << ": " << e.what() << "\n";
    return 1;
  }
}

const Registration user_add_cmd{
    "user add", "user add --db URL --username U --role R --scope S --password-stdin [--full-name NAME]", user_add};

}  // namespace
}  // namespace pcmt::cli
