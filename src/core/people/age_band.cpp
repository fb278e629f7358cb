#include "core/people/age_band.hpp"

namespace pcmt::people {

std::optional<AgeBand> age_band(calendar::Date birth, calendar::Date on) {
  const int age = calendar::age_in_years(birth, on);
  if (age < 0) return std::nullopt;
  if (age < 14) return AgeBand::under_14;
  if (age < 16) return AgeBand::from_14_to_16;
  if (age < 18) return AgeBand::from_16_to_18;
  if (age < 30) return AgeBand::from_18_to_30;
  return AgeBand::from_30;
}

std::string_view age_band_code(AgeBand b) {
  switch (b) {
    case AgeBand::under_14: return "under_14";
    case AgeBand::from_14_to_16: return "14_16";
    case AgeBand::from_16_to_18: return "16_18";
    case AgeBand::from_18_to_30: return "18_30";
    case AgeBand::from_30: return "30_plus";
  }
  return "";
}

std::string_view age_band_label(AgeBand b) {
  switch (b) {
    case AgeBand::under_14: return "Dưới 14 tuổi";
    case AgeBand::from_14_to_16: return "Từ 14 đến dưới 16 tuổi";
    case AgeBand::from_16_to_18: return "Từ 16 đến dưới 18 tuổi";
    case AgeBand::from_18_to_30: return "Từ 18 đến dưới 30 tuổi";
    case AgeBand::from_30: return "Từ 30 tuổi trở lên";
  }
  return "";
}

}  // namespace pcmt::people
