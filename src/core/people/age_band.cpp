#include "core/people/age_band.hpp"

namespace pcmt::people {
namespace {

struct BandText {
  std::string_view code, label;
};

// In the order of the enum.
constexpr BandText kBandText[] = {
    {"under_14", "Dưới 14 tuổi"},
    {"14_16", "Từ 14 đến dưới 16 tuổi"},
    {"16_18", "Từ 16 đến dưới 18 tuổi"},
    {"18_30", "Từ 18 đến dưới 30 tuổi"},
    {"30_plus", "Từ 30 tuổi trở lên"},
};

}  // namespace

std::optional<AgeBand> age_band(calendar::Date birth, calendar::Date on) {
  const int age = calendar::age_in_years(birth, on);
  if (age < 0) return std::nullopt;
  if (age < 14) return AgeBand::under_14;
  if (age < 16) return AgeBand::from_14_to_16;
  if (age < 18) return AgeBand::from_16_to_18;
  if (age < 30) return AgeBand::from_18_to_30;
  return AgeBand::from_30;
}

std::string_view age_band_code(AgeBand b) { return kBandText[static_cast<size_t>(b)].code; }

std::string_view age_band_label(AgeBand b) { return kBandText[static_cast<size_t>(b)].label; }

}  // namespace pcmt::people
