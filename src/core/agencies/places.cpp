#include "core/agencies/places.hpp"

#include <algorithm>

#include "core/agencies/province_list.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::agencies {
namespace {

std::vector<std::string> standard_names() {
  std::vector<std::string> names;
  for (const auto& f : former_provinces()) names.emplace_back(f.name);
  for (const auto& p : provinces_in_force()) names.push_back(p.name);
  return names;
}

}  // namespace

const Places& Places::standard() {
  static const Places places(standard_names());
  return places;
}

Places::Places(std::vector<std::string> names) {
  for (const auto& name : names) {
    const text::Words words(name);
    std::vector<std::string> keys;
    for (size_t i = 0; i < words.size(); ++i) keys.push_back(words[i].key);
    // "Thành phố Hà Nội" is also written "Hà Nội".
    if (keys.size() > 2 && keys[0] == "thanh" && keys[1] == "pho") keys.erase(keys.begin(), keys.begin() + 2);
    if (!keys.empty()) names_.push_back(std::move(keys));
  }
  std::sort(names_.begin(), names_.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

size_t Places::province_at(const text::Words& words, size_t i) const {
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
