#include "core/ids/personal_id.hpp"

#include <algorithm>

#include "core/ids/birth_registration_codes.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::ids {
namespace {

constexpr size_t kLength = 12;

std::string_view sex_vi(Sex s) { return s == Sex::male ? "nam" : "nữ"; }

IdCheck invalid(std::string code, std::string message) {
  IdCheck c;
  c.error = IdIssue{std::move(code), std::move(message)};
  return c;
}

}  // namespace

std::string_view sex_code(Sex sex) { return sex == Sex::male ? "male" : "female"; }

std::optional<Sex> parse_sex(std::string_view code) {
  if (code == "male") return Sex::male;
  if (code == "female") return Sex::female;
  return std::nullopt;
}

IdCheck check_personal_id(std::string_view raw, calendar::Date today, const EnteredFacts& entered) {
  const std::string_view number = text::trim(raw);
  if (number.size() != kLength || !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return invalid("person.id_invalid", "Số định danh cá nhân phải gồm đúng 12 chữ số");

  const std::string_view place_code = number.substr(0, 3);
  const auto place = birth_registration_place(place_code);
  if (!place)
    return invalid("person.id_birth_place_unknown",
                   "Mã nơi đăng ký khai sinh \"" + std::string(place_code) +
                       "\" (3 chữ số đầu của số định danh) không có trong danh mục mã tỉnh, thành phố");

  const int century_sex = number[3] - '0';
  const int birth_year = 1900 + 100 * (century_sex / 2) + (number[4] - '0') * 10 + (number[5] - '0');
  if (birth_year > today.year())
    return invalid("person.id_birth_year_future", "Năm sinh " + std::to_string(birth_year) +
                                                       " suy ra từ số định danh (chữ số thứ 4 là " +
                                                       std::to_string(century_sex) + ") chưa tới");

  IdCheck c;
  c.id = PersonalId{std::string(number), std::string(place_code), std::string(*place),
                    century_sex % 2 == 0 ? Sex::male : Sex::female, birth_year};
  if (entered.sex && *entered.sex != c.id->sex)
    c.warnings.push_back({"person.id_sex_mismatch", "Giới tính theo số định danh (" + std::string(sex_vi(c.id->sex)) +
                                                        ") khác giới tính đã nhập (" +
                                                        std::string(sex_vi(*entered.sex)) + ")"});
  if (entered.birth_year && *entered.birth_year != birth_year)
    c.warnings.push_back({"person.id_birth_year_mismatch",
                          "Năm sinh theo số định danh (" + std::to_string(birth_year) + ") khác năm sinh đã nhập (" +
                              std::to_string(*entered.birth_year) + ")"});
  return c;
}

}  // namespace pcmt::ids
