// pcmt plan parse FILE: the plan's header, targets and tasks as JSON (docs/plan-parser.md).
#include <fstream>
#include <iostream>
#include <iterator>

#include "command.hpp"
#include "core/coded_error.hpp"
#include "core/plans/plan_json.hpp"
#include "core/plans/plan_parser.hpp"

namespace {

int parse(const pcmt::cli::Args& args) {
  if (args.positional().size() != 1) throw pcmt::cli::UsageError("cần đúng một tệp kế hoạch");
  const std::string& path = args.positional()[0];
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "pcmt plan parse: không mở được tệp " << path << "\n";
    return 1;
  }
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  try {
    const auto plan = pcmt::plans::parse_plan(bytes);
    std::cout << pcmt::plans::plan_to_json(plan, args.flag("compact") ? 0 : 2) << "\n";
    return 0;
  } catch (const pcmt::CodedError& e) {  // an unreadable plan, or one past the readers' bounds
    std::cerr << "pcmt plan parse: " << path << ": " << e.what() << " (" << e.code() << ")\n";
    return 1;
  }
}

pcmt::cli::Registration reg{"plan parse", "plan parse FILE [--compact]   (prints the plan as JSON)", parse};

}  // namespace
