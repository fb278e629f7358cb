// Personal ID (số định danh cá nhân) parser — domain §7.2, rule 36; structure per ND 137/2015 Art. 13
// and TT 07/2016/TT-BCA Art. 7 and Annex 1 (province codes 001–096).
#include "core/ids/personal_id.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/ids/birth_registration_codes.hpp"

using namespace pcmt::ids;
using pcmt::calendar::Date;

namespace {
const Date kToday(2026, 5, 15);
IdCheck check(std::string_view n, EnteredFacts e = {}) { return check_personal_id(n, kToday, e); }
}  // namespace

TEST(IdsPersonalId, ParsesProvinceCenturySexAndYear_Rule36) {
  auto c = check("040090000123");
  ASSERT_TRUE(c.valid());
  EXPECT_EQ(c.id->province_code, "040");
  EXPECT_EQ(c.id->province_name, "Nghệ An");
  EXPECT_EQ(c.id->sex, Sex::male);
  EXPECT_EQ(c.id->birth_year, 1990);
  EXPECT_FALSE(c.error.has_value());
  EXPECT_TRUE(c.warnings.empty());
}

TEST(IdsPersonalId, CenturyAndSexDigit) {
  // 0/1 → 1900s, 2/3 → 2000s; even male, odd female.
  EXPECT_EQ(check("001185000001").id->sex, Sex::female);
  EXPECT_EQ(check("001185000001").id->birth_year, 1985);
  EXPECT_EQ(check("079205000001").id->sex, Sex::male);
  EXPECT_EQ(check("079205000001").id->birth_year, 2005);
  EXPECT_EQ(check("038301000001").id->sex, Sex::female);
  EXPECT_EQ(check("038301000001").id->birth_year, 2001);
  EXPECT_EQ(check("075000000001").id->birth_year, 1900);
}

TEST(IdsPersonalId, MustBeExactlyTwelveDigits) {
  for (const char* bad : {"", "04009000012", "0400900001234", "04009000012a", "040 090 000 123", "040-090-000-123",
                          "０４００９００００１２３", "+40090000123"}) {
    auto c = check(bad);
    EXPECT_FALSE(c.valid()) << bad;
    ASSERT_TRUE(c.error.has_value()) << bad;
    EXPECT_EQ(c.error->code, "person.id_invalid") << bad;
    EXPECT_EQ(c.error->message, "Số định danh cá nhân phải gồm đúng 12 chữ số");
  }
  EXPECT_TRUE(check("  040090000123\t").valid());  // surrounding spaces from copy-paste
}

TEST(IdsPersonalId, BirthRegistrationCodeMustBeInTheTable) {
  for (const char* bad : {"000090000123", "003090000123", "097090000123", "999090000123"}) {
    auto c = check(bad);
    ASSERT_FALSE(c.valid()) << bad;
    EXPECT_EQ(c.error->code, "person.id_birth_place_unknown") << bad;
  }
}

TEST(IdsPersonalId, TheCodeTableHasThe63FormerProvinces) {
  std::set<std::string> found;
  for (int code = 0; code <= 999; ++code) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%03d", code);
    if (birth_registration_place(buf)) found.insert(buf);
  }
  EXPECT_EQ(found.size(), 63u);
  EXPECT_EQ(*found.begin(), "001");
  EXPECT_EQ(*found.rbegin(), "096");
  EXPECT_EQ(*birth_registration_place("001"), "Hà Nội");
  EXPECT_EQ(*birth_registration_place("079"), "Hồ Chí Minh");
  EXPECT_EQ(*birth_registration_place("075"), "Đồng Nai");
}

TEST(IdsPersonalId, BirthYearCannotBeInTheFuture) {
  EXPECT_EQ(check("040290000123").error->code, "person.id_birth_year_future");  // 2090
  EXPECT_EQ(check("040490000123").error->code, "person.id_birth_year_future");  // 2190
  EXPECT_EQ(check("040227000123").error->code, "person.id_birth_year_future");  // 2027 > 2026
  EXPECT_TRUE(check("040226000123").valid());                                   // 2026
}

TEST(IdsPersonalId, MismatchWithEnteredFactsIsAConfirmableWarning) {
  auto sex = check("040090000123", {Sex::female, 1990});
  ASSERT_TRUE(sex.valid());
  ASSERT_EQ(sex.warnings.size(), 1u);
  EXPECT_EQ(sex.warnings[0].code, "person.id_sex_mismatch");
  EXPECT_EQ(sex.warnings[0].message, "Giới tính theo số định danh (nam) khác giới tính đã nhập (nữ)");

  auto year = check("040090000123", {Sex::male, 1991});
  ASSERT_TRUE(year.valid());
  ASSERT_EQ(year.warnings.size(), 1u);
  EXPECT_EQ(year.warnings[0].code, "person.id_birth_year_mismatch");

  EXPECT_EQ(check("040090000123", {Sex::female, 1989}).warnings.size(), 2u);
  EXPECT_TRUE(check("040090000123", {Sex::male, 1990}).warnings.empty());
  EXPECT_TRUE(check("040090000123", {std::nullopt, std::nullopt}).warnings.empty());
}

TEST(IdsPersonalId, SexCodes) {
  EXPECT_EQ(sex_code(Sex::male), "male");
  EXPECT_EQ(parse_sex("female"), Sex::female);
  EXPECT_FALSE(parse_sex("nam").has_value());
}

#include "core/ids/personal_id_json.hpp"

TEST(IdsPersonalId, JsonContractOfCheckId) {
  EXPECT_EQ(boost::json::serialize(to_json(check("040090000123"))),
            R"({"valid":true,"province_code":"040","sex":"male","birth_year":1990})");
  EXPECT_EQ(boost::json::serialize(to_json(check("12345"))),
            R"({"valid":false,"code":"person.id_invalid","message":"Số định danh cá nhân phải gồm đúng 12 chữ số"})");
  auto warned = to_json(check("040090000123", {Sex::female, std::nullopt}));
  ASSERT_TRUE(warned.contains("warnings"));
  EXPECT_EQ(warned["warnings"].as_array()[0].as_object()["code"].as_string(), "person.id_sex_mismatch");
}
