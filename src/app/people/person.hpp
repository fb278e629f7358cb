#pragma once
// The person record of the registry and what callers send to create or change it.
#include <optional>
#include <string>
#include <vector>

namespace pcmt::app::people {

// Register (every field required but aliases, address, drug types, photo) or update (any subset).
struct PersonInput {
  std::optional<std::string> personal_id, full_name, birth_date, sex, commune_code, address, photo;
  std::optional<std::vector<std::string>> aliases, drug_types;
  std::optional<bool> stable_residence;
  bool clear_photo = false;
  // A personal ID whose sex or birth year disagrees with the entered ones is refused until the user
  // confirms that the entered data is right (the number or the entry may be the wrong side).
  bool confirm_id_mismatch = false;
  // Registering next to a likely duplicate (similar name, same birth date and commune) needs this.
  bool confirm_not_duplicate = false;
};

// A validated person as stored.
struct Person {
  int64_t id = 0;
  std::string personal_id, full_name, search_key, birth_date, sex, province_code, commune_code, address;
  int birth_year = 0;
  std::vector<std::string> aliases, drug_types;
  bool stable_residence = true;
  std::optional<std::string> photo;
  std::string state = "none";
  std::optional<int64_t> facility_id;
  int64_t created_at = 0, updated_at = 0;
};

// One line of a list: the personal ID is masked unless the role needs it.
struct PersonSummary {
  int64_t id = 0;
  std::string personal_id, full_name, birth_date, sex, commune_code, commune_name, province_code, state;
  std::vector<std::string> aliases;
  std::optional<int64_t> facility_id;
  int distance = 0;  // search rank: edits between the query and the closest name (0 = exact)
};

}  // namespace pcmt::app::people
