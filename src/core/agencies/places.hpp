#pragma once
// Province names, to strip them from agency mentions: "Công an tỉnh Nghệ An" is the catalogue's
// "Công an tỉnh", and "Báo Đồng Nai" is its "Báo tỉnh". The list is the 34 provinces in force
// since 1/7/2025 (data/reference/provinces.csv) plus the provinces merged away on that date,
// which plans written before it still name.
#include <string>
#include <vector>

#include "core/text/words.hpp"

namespace pcmt::agencies {

class Places {
 public:
  static const Places& standard();
  explicit Places(std::vector<std::string> names);  // names as written: "Nghệ An", "Thành phố Huế"

  // Number of words of a province name starting at word i (capitalised), 0 when there is none.
  size_t province_at(const text::Words& words, size_t i) const;

 private:
  std::vector<std::vector<std::string>> names_;  // folded words, longest first
};

}  // namespace pcmt::agencies
