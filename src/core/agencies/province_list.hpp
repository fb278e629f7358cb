#pragma once
// The provinces a document may name: the 34 in force since 1/7/2025 (data/reference/provinces.csv)
// and the former ones that plans written before the merger still name, each with the province it
// is part of now.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pcmt::agencies {

struct Province {
  std::string code;  // "40"
  std::string name;  // "Nghệ An", "Thành phố Hà Nội"
};

const std::vector<Province>& provinces_in_force();
const Province* province_by_code(std::string_view code);

struct FormerProvince {
  std::string_view name;
  std::string_view now_in;  // code of the province in force it belongs to
};

std::span<const FormerProvince> former_provinces();

}  // namespace pcmt::agencies
