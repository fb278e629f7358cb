#include "core/ids/birth_registration_codes.hpp"

#include <map>
#include <stdexcept>
#include <string>

#include "core/resources.hpp"
#include "core/text/csv.hpp"

namespace pcmt::ids {
namespace {

constexpr std::string_view kTablePath = "data/reference/personal_id_birth_codes.csv";

std::map<std::string, std::string, std::less<>> load_table() {
  const auto bytes = resource(kTablePath);
  if (!bytes) throw std::logic_error("embedded resource missing: " + std::string(kTablePath));
  std::map<std::string, std::string, std::less<>> table;
  const auto records = text::parse_csv(*bytes);
  for (size_t i = 1; i < records.size(); ++i) {  // row 0 is the header
    const auto& f = records[i].fields;
    if (f.size() >= 2 && f[0].size() == 3) table.emplace(f[0], f[1]);
  }
  return table;
}

}  // namespace

std::optional<std::string_view> birth_registration_place(std::string_view code) {
  static const auto table = load_table();
  auto it = table.find(code);
  if (it == table.end()) return std::nullopt;
  return std::string_view(it->second);
}

}  // namespace pcmt::ids
