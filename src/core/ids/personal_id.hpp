#pragma once
// Personal identification number (số định danh cá nhân): 12 digits set by the National Population
// Database, one per citizen (Law on Identity 2023 Art. 12). Structure (ND 137/2015 Art. 13,
// TT 07/2016/TT-BCA Art. 7; domain rule 36):
//   digits 1–3  code of the province (or country) of birth registration;
//   digit  4    century and sex: 1900s male 0 / female 1, 2000s 2 / 3, 2100s 4 / 5, 2200s 6 / 7,
//               2300s 8 / 9 — century = 1900 + 100·(c div 2), sex = male when c is even;
//   digits 5–6  last two digits of the birth year;
//   digits 7–12 random.
// A number that breaks the structure is invalid (an error). A valid number whose sex or birth
// year disagrees with what was entered is a warning the user must confirm, not an error: the
// entered data may be the wrong side.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/date.hpp"

namespace pcmt::ids {

enum class Sex { male, female };
std::string_view sex_code(Sex sex);  // "male" | "female"
std::optional<Sex> parse_sex(std::string_view code);

// Stable codes for programs, Vietnamese messages for people.
struct IdIssue {
  std::string code;     // e.g. "person.id_invalid"
  std::string message;  // Vietnamese
};

struct PersonalId {
  std::string number;         // the 12 digits
  std::string province_code;  // "040"
  std::string province_name;  // "Nghệ An"
  Sex sex;
  int birth_year;
};

// What the user entered next to the number, to cross-check.
struct EnteredFacts {
  std::optional<Sex> sex;
  std::optional<int> birth_year;  // from the entered birth date
};

struct IdCheck {
  std::optional<PersonalId> id;   // set when the number is valid
  std::optional<IdIssue> error;   // set when it is not
  std::vector<IdIssue> warnings;  // mismatches with the entered facts, to confirm
  bool valid() const { return id.has_value(); }
};

// `today` bounds the birth year (a number cannot encode a birth in the future).
// Leading/trailing spaces are ignored; anything else that is not a digit makes the number invalid.
IdCheck check_personal_id(std::string_view number, calendar::Date today, const EnteredFacts& entered = {});

}  // namespace pcmt::ids
