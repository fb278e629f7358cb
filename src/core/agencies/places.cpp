#include "core/agencies/places.hpp"

#include <algorithm>

#include "core/resources.hpp"
#include "core/text/csv.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::agencies {
namespace {

// Provinces merged into others by Nghị quyết 202/2025/QH15 (in force 1/7/2025).
const char* const kFormerProvinces[] = {
    "Hà Giang",   "Yên Bái",   "Bắc Kạn",    "Vĩnh Phúc",  "Hòa Bình",   "Bắc Giang",
    "Hải Dương",  "Thái Bình", "Hà Nam",     "Nam Định",   "Quảng Bình", "Thừa Thiên Huế",
    "Quảng Nam",  "Kon Tum",   "Bình Định",  "Phú Yên",    "Ninh Thuận", "Đắk Nông",
    "Bình Thuận", "Bình Phước", "Bà Rịa - Vũng Tàu", "Bình Dương", "Long An", "Tiền Giang",
    "Bến Tre",    "Trà Vinh",  "Sóc Trăng",  "Hậu Giang",  "Kiên Giang", "Bạc Liêu"};

std::vector<std::string> standard_names() {
  std::vector<std::string> names(std::begin(kFormerProvinces), std::end(kFormerProvinces));
  if (auto csv = resource("data/reference/provinces.csv")) {
    const auto records = text::parse_csv(*csv);
    for (size_t r = 1; r < records.size(); ++r)
      if (records[r].fields.size() >= 2) names.push_back(records[r].fields[1]);
  }
  return names;
}

}  // namespace

const Places& Places::standard() {
  static const Places places(standard_names());
  return places;
}

Places::Places(std::vector<std::string> names) {
  for (const auto& name : names) {
    const Words words(name);
    std::vector<std::string> keys;
    for (size_t i = 0; i < words.size(); ++i) keys.push_back(words[i].key);
    // "Thành phố Hà Nội" is also written "Hà Nội".
    if (keys.size() > 2 && keys[0] == "thanh" && keys[1] == "pho") keys.erase(keys.begin(), keys.begin() + 2);
    if (!keys.empty()) names_.push_back(std::move(keys));
  }
  std::sort(names_.begin(), names_.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

size_t Places::province_at(const Words& words, size_t i) const {
  if (i >= words.size() || !words[i].upper) return 0;
  for (const auto& name : names_) {
    if (i + name.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < name.size() && ok; ++k) {
      ok = words[i + k].key == name[k];
      // Inside a name only spaces or a hyphen ("Bà Rịa - Vũng Tàu").
      if (ok && k > 0) {
        const auto gap = text::trim(words.gap_before(i + k));
        ok = gap.empty() || gap == "-" || gap == "–";
      }
    }
    if (ok) return name.size();
  }
  return 0;
}

}  // namespace pcmt::agencies
