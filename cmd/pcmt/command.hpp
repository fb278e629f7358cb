#pragma once
// Subcommand registry. Each cmd_*.cpp registers its subcommands with a static Registration,
// so adding a subcommand touches only its own file.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pcmt::cli {

// Parsed "--key value" and "--flag" options plus positional arguments.
class Args {
 public:
  Args(std::vector<std::string> argv);
  std::optional<std::string> get(const std::string& key) const;
  std::string require(const std::string& key) const;  // throws UsageError when absent
  bool flag(const std::string& key) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::map<std::string, std::string> options_;
  std::vector<std::string> flags_;
  std::vector<std::string> positional_;
};

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

using Handler = std::function<int(const Args&)>;

struct Command {
  std::string name;   // one or two words, e.g. "serve" or "audit verify"
  std::string usage;  // one line shown by "pcmt help"
  Handler run;
};

std::vector<Command>& registry();

struct Registration {
  Registration(std::string name, std::string usage, Handler run) {
    registry().push_back({std::move(name), std::move(usage), std::move(run)});
  }
};

}  // namespace pcmt::cli
