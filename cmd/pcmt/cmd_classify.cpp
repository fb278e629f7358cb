// pcmt classify --facts FILE: QĐ 28/2025/QĐ-TTg classification of communes and their province.
// Thin: reading the file and the clock; the logic is pcmt::areas::classify_json.
#include <charconv>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/clock.hpp"
#include "command.hpp"
#include "core/areas/classify_json.hpp"
#include "core/areas/evaluation_window.hpp"

namespace {

using namespace pcmt;

std::optional<int> year_option(const cli::Args& a) {
  const auto v = a.get("year");
  if (!v) return std::nullopt;
  int y = 0;
  const auto r = std::from_chars(v->data(), v->data() + v->size(), y);
  if (r.ec != std::errc{} || r.ptr != v->data() + v->size()) throw cli::UsageError("--year phải là một năm, ví dụ 2025");
  return y;
}

areas::Date today_in_vietnam() {
  return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{app::vn_today().serial()}}};
}

cli::Registration reg{
    "classify", "classify --facts FILE [--year YYYY] [--explain]   (QĐ 28/2025 classification, prints JSON)",
    [](const cli::Args& a) {
      const std::string path = a.require("facts");
      std::ifstream in(path, std::ios::binary);
      if (!in) throw std::runtime_error("không đọc được tệp dữ kiện " + path);
      std::ostringstream text;
      text << in.rdbuf();
      const auto book = rules::RuleBook::embedded();
      const auto year = year_option(a);
      const int default_year = year ? *year : areas::evaluation_year_on(book, today_in_vietnam());
      std::cout << areas::classify_json(text.str(), book, year, default_year, a.flag("explain")) << "\n";
      return 0;
    }};

}  // namespace
