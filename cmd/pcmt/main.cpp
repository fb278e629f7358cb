// pcmt: one binary for the server and the command-line tools.
#include <algorithm>
#include <iostream>
#include <stdexcept>

#include "app/files/reader_worker.hpp"
#include "command.hpp"

namespace pcmt::cli {

Args::Args(std::vector<std::string> argv) {
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a.rfind("--", 0) == 0) {
      const auto eq = a.find('=');
      if (eq != std::string::npos) {
        options_[a.substr(2, eq - 2)] = a.substr(eq + 1);
      } else if (i + 1 < argv.size() && argv[i + 1].rfind("--", 0) != 0) {
        options_[a.substr(2)] = argv[++i];
      } else {
        flags_.push_back(a.substr(2));
      }
    } else {
      positional_.push_back(a);
    }
  }
}

std::optional<std::string> Args::get(const std::string& key) const {
  auto it = options_.find(key);
  if (it == options_.end()) return std::nullopt;
  return it->second;
}

std::string Args::require(const std::string& key) const {
  auto v = get(key);
  if (!v) throw UsageError("missing --" + key);
  return *v;
}

bool Args::flag(const std::string& key) const {
  return std::find(flags_.begin(), flags_.end(), key) != flags_.end();
}

std::vector<Command>& registry() {
  static std::vector<Command> commands;
  return commands;
}

namespace {

int print_help(std::ostream& out) {
  auto commands = registry();
  std::sort(commands.begin(), commands.end(), [](auto& a, auto& b) { return a.name < b.name; });
  out << "usage: pcmt COMMAND [options]\n\ncommands:\n";
  for (const auto& c : commands) out << "  " << c.usage << "\n";
  return 0;
}

// Longest registered name that prefixes argv ("audit verify" before "audit").
const Command* find_command(const std::vector<std::string>& words, size_t& consumed) {
  const Command* best = nullptr;
  for (const auto& c : registry()) {
    size_t n = 0;
    std::string joined;
    while (n < words.size() && joined.size() < c.name.size()) {
      joined += (n ? " " : "") + words[n];
      ++n;
    }
    if (joined == c.name && (!best || c.name.size() > best->name.size())) {
      best = &c;
      consumed = n;
    }
  }
  return best;
}

}  // namespace
}  // namespace pcmt::cli

int main(int argc, char** argv) {
  using namespace pcmt::cli;
  // A reader child of the server (app/files/reader_process.hpp), never a command for people.
  if (auto status = pcmt::app::files::run_reader_if_asked(argc, argv)) return *status;
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty() || words[0] == "help" || words[0] == "--help") return print_help(std::cout);
  size_t consumed = 0;
  const Command* cmd = find_command(words, consumed);
  if (!cmd) {
    std::cerr << "pcmt: unknown command '" << words[0] << "'\n";
    print_help(std::cerr);
    return 2;
  }
  try {
    return cmd->run(Args({words.begin() + static_cast<long>(consumed), words.end()}));
  } catch (const UsageError& e) {
    std::cerr << "pcmt " << cmd->name << ": " << e.what() << "\nusage: pcmt " << cmd->usage << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "pcmt " << cmd->name << ": " << e.what() << "\n";
    return 1;
  }
}
