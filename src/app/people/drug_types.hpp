#pragma once
// The drug types a person is recorded as using (one person, several types), for the registry and
// the statistics "by drug type" (QĐ 13/2019 indicator groups). Codes are stable; labels Vietnamese.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pcmt::app::people {

struct DrugType {
  std::string_view code;
  std::string_view label;
};

const std::vector<DrugType>& drug_types();
// From a code ("heroin") or, case- and diacritic-insensitively, a label or common name
// ("Ma túy đá", "ma tuy da", "methamphetamine"); nothing when unknown.
std::optional<std::string_view> drug_type_code(std::string_view text);
std::string_view drug_type_label(std::string_view code);

}  // namespace pcmt::app::people
