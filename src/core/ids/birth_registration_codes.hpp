#pragma once
// Codes of the place of birth registration, the first 3 digits of a personal ID number:
// 001–096 for the 63 provinces before the 2025 merger (TT 07/2016/TT-BCA Annex 1, kept by
// TT 59/2021/TT-BCA). Numbers already issued are never re-coded, so the old table stays valid
// after the 2025 merger; whether new codes exist for the 34 merged provinces is UNCONFIRMED.
// The table ships as data: data/reference/personal_id_birth_codes.csv (embedded).
#include <optional>
#include <string_view>

namespace pcmt::ids {

// Name of the province for a 3-digit code, or std::nullopt when the code is not in the table.
std::optional<std::string_view> birth_registration_place(std::string_view code);

}  // namespace pcmt::ids
