// pcmt person check-id NUMBER   and   pcmt deadlines --events FILE
// Thin: reading files, options and the clock; the logic is in core/ids and core/people.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "app/clock.hpp"
#include "command.hpp"
#include "core/calendar/holidays.hpp"
#include "core/ids/personal_id_json.hpp"
#include "core/people/lifecycle.hpp"

namespace {

using namespace pcmt;

std::optional<calendar::Date> date_option(const cli::Args& a, const std::string& key) {
  const auto v = a.get(key);
  if (!v) return std::nullopt;
  const auto d = calendar::Date::parse(*v);
  if (!d) throw cli::UsageError("--" + key + " phải là một ngày dạng YYYY-MM-DD");
  return d;
}

std::string read_all(const std::string& path) {
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("không đọc được tệp sự kiện " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

cli::Registration check_id{
    "person check-id",
    "person check-id NUMBER [--sex male|female] [--birth-date YYYY-MM-DD]   (personal ID check, prints JSON)",
    [](const cli::Args& a) {
      if (a.positional().size() != 1) throw cli::UsageError("cần đúng một số định danh cá nhân");
      ids::EnteredFacts entered;
      if (const auto sex = a.get("sex")) {
        entered.sex = ids::parse_sex(*sex);
        if (!entered.sex) throw cli::UsageError("--sex phải là male hoặc female");
      }
      if (const auto birth = date_option(a, "birth-date")) entered.birth_year = birth->year();
      const auto check = ids::check_personal_id(a.positional()[0], app::vn_today(), entered);
      std::cout << boost::json::serialize(ids::to_json(check)) << "\n";
      return 0;  // the verdict is in the JSON
    }};

cli::Registration deadlines{
    "deadlines",
    "deadlines --events FILE|- [--today YYYY-MM-DD] [--birth-date YYYY-MM-DD]   (person lifecycle deadlines, prints JSON)",
    [](const cli::Args& a) {
      const std::string text = read_all(a.require("events"));
      const auto as_of = date_option(a, "today").value_or(app::vn_today());
      const people::PersonFacts person{date_option(a, "birth-date")};
      const auto book = rules::RuleBook::embedded();
      try {
        const auto report = people::compute_lifecycle(text, book, calendar::HolidayCalendar::standard(), person, as_of);
        std::cout << boost::json::serialize(people::to_json(report)) << "\n";
        return 0;
      } catch (const people::LifecycleError& e) {
        boost::json::object error{{"code", e.code}, {"message", e.what()}};
        if (e.event_index) error["event"] = *e.event_index;
        std::cout << boost::json::serialize(boost::json::object{{"error", std::move(error)}}) << "\n";
        std::cerr << "pcmt deadlines: " << e.what() << "\n";
        return 1;
      }
    }};

}  // namespace
