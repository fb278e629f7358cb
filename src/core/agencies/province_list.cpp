#include "core/agencies/province_list.hpp"

#include "core/resources.hpp"
#include "core/text/csv.hpp"

namespace pcmt::agencies {
namespace {

// Nghị quyết 202/2025/QH15 Điều 1 (in force 1/7/2025): the provinces merged into others. Thừa
// Thiên Huế became Thành phố Huế earlier (Nghị quyết 175/2024/QH15).
constexpr FormerProvince kFormer[] = {
    {"Hà Giang", "08"},   {"Yên Bái", "15"},    {"Bắc Kạn", "19"},    {"Vĩnh Phúc", "25"},  {"Hòa Bình", "25"},
    {"Bắc Giang", "24"},  {"Hải Dương", "31"},  {"Thái Bình", "33"},  {"Hà Nam", "37"},     {"Nam Định", "37"},
    {"Quảng Bình", "44"}, {"Thừa Thiên Huế", "46"}, {"Quảng Nam", "48"}, {"Kon Tum", "51"}, {"Bình Định", "52"},
    {"Phú Yên", "66"},    {"Ninh Thuận", "56"}, {"Đắk Nông", "68"},   {"Bình Thuận", "68"}, {"Bình Phước", "75"},
    {"Bà Rịa - Vũng Tàu", "79"}, {"Bình Dương", "79"}, {"Long An", "80"}, {"Tiền Giang", "82"}, {"Bến Tre", "86"},
    {"Trà Vinh", "86"},   {"Sóc Trăng", "92"},  {"Hậu Giang", "92"},  {"Kiên Giang", "91"}, {"Bạc Liêu", "96"},
};

std::vector<Province> load() {
  std::vector<Province> out;
  if (auto csv = resource("data/reference/provinces.csv")) {
    const auto records = text::parse_csv(*csv);
    for (size_t r = 1; r < records.size(); ++r)
      if (records[r].fields.size() >= 2) out.push_back({records[r].fields[0], records[r].fields[1]});
  }
  return out;
}

}  // namespace

const std::vector<Province>& provinces_in_force() {
  static const std::vector<Province> list = load();
  return list;
}

const Province* province_by_code(std::string_view code) {
  for (const auto& p : provinces_in_force())
    if (p.code == code) return &p;
  return nullptr;
}

std::span<const FormerProvince> former_provinces() { return kFormer; }

}  // namespace pcmt::agencies
