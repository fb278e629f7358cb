#include "app/people/drug_types.hpp"

#include <utility>

#include "core/text/normalize.hpp"

namespace pcmt::app::people {
namespace {

// Other names seen in communes' lists, in search-key form.
const std::vector<std::pair<std::string_view, std::string_view>>& other_names() {
  static const std::vector<std::pair<std::string_view, std::string_view>> names{
      {"ma tuy da", "methamphetamine"}, {"hang da", "methamphetamine"}, {"meth", "methamphetamine"},
      {"thuoc lac", "mdma"},            {"ecstasy", "mdma"},             {"can sa", "cannabis"},
      {"bong can", "cannabis"},         {"thuoc phien", "opium"},        {"nha phien", "opium"},
      {"ke", "ketamine"},               {"hang trang", "heroin"},        {"ma tuy tong hop", "methamphetamine"},
      {"khac", "other"},
  };
  return names;
}

}  // namespace

const std::vector<DrugType>& drug_types() {
  static const std::vector<DrugType> types{
      {"heroin", "Heroin"},
      {"methamphetamine", "Methamphetamine (ma túy đá)"},
      {"amphetamine", "Amphetamine"},
      {"mdma", "MDMA (thuốc lắc)"},
      {"cannabis", "Cần sa"},
      {"opium", "Thuốc phiện"},
      {"ketamine", "Ketamine"},
      {"cocaine", "Cocaine"},
      {"synthetic_cannabinoid", "Cần sa tổng hợp"},
      {"other", "Loại khác"},
  };
  return types;
}

std::optional<std::string_view> drug_type_code(std::string_view text) {
  const std::string key = text::search_key(text);
  if (key.empty()) return std::nullopt;
  for (const auto& t : drug_types())
    if (key == t.code || key == text::search_key(t.label)) return t.code;
  for (const auto& [name, code] : other_names())
    if (key == name) return code;
  return std::nullopt;
}

std::string_view drug_type_label(std::string_view code) {
  for (const auto& t : drug_types())
    if (t.code == code) return t.label;
  return code;
}

}  // namespace pcmt::app::people
