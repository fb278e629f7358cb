#include "app/people/person_fields.hpp"

#include <algorithm>
#include <cstdio>

#include "app/base64.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "app/people/drug_types.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::people {
namespace {

constexpr size_t kMaxAliases = 10;
constexpr size_t kMaxAddress = 500;
constexpr size_t kMaxPhoto = 700'000;  // base64 characters: about 500 KB of image
constexpr int kOldestBirthYear = 1900;

}  // namespace

calendar::Date check_birth_date(const std::string& text, calendar::Date today) {
  auto d = calendar::Date::parse(text);
  if (!d || d->year() < kOldestBirthYear || *d > today)
    throw bad_request("person.birth_date_invalid", "Ngày sinh phải là ngày có thật dạng YYYY-MM-DD, không sau hôm nay",
                      "birth_date");
  return *d;
}

std::string check_sex(const std::string& text) {
  if (text != "male" && text != "female")
    throw bad_request("person.sex_invalid", "Giới tính phải là male (nam) hoặc female (nữ)", "sex");
  return text;
}

namespace {

std::string province_of_commune(store::Connection& db, const std::string& code) {
  auto c = find_commune(db, code);
  if (!c) throw bad_request("person.commune_unknown", "Không có xã, phường mã \"" + code + "\"", "commune_code");
  return c->province_code;
}

}  // namespace

std::vector<std::string> check_aliases(const std::vector<std::string>& raw) {
  std::vector<std::string> out;
  for (const auto& a : raw) {
    if (text::trim(a).empty()) continue;
    std::string name = clean_name(a, "aliases");
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
  if (out.size() > kMaxAliases) throw bad_request("person.aliases_invalid", "Tối đa 10 tên gọi khác", "aliases");
  return out;
}

std::vector<std::string> check_drug_types(const std::vector<std::string>& raw) {
  std::vector<std::string> out;
  for (const auto& t : raw) {
    auto code = drug_type_code(t);
    if (!code) throw bad_request("person.drug_type_unknown", "Loại ma túy \"" + t + "\" không có trong danh mục", "drug_types");
    if (std::find(out.begin(), out.end(), *code) == out.end()) out.emplace_back(*code);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string check_address(const std::string& raw) {
  std::string a = text::to_nfc(text::trim(raw));
  if (a.size() > kMaxAddress || !text::is_valid_utf8(raw))
    throw bad_request("person.address_invalid", "Địa chỉ tối đa 500 ký tự", "address");
  return a;
}

namespace {

// Raw base64, or a data URL of a JPEG, PNG or WebP image.
std::string photo_of(const std::string& raw) {
  std::string_view body = raw;
  for (std::string_view prefix : {"data:image/jpeg;base64,", "data:image/png;base64,", "data:image/webp;base64,"})
    if (body.starts_with(prefix)) body.remove_prefix(prefix.size());
  if (raw.size() > kMaxPhoto)
    throw bad_request("person.photo_too_large", "Ảnh quá lớn (tối đa khoảng 500 KB)", "photo");
  if (body.empty() || !from_base64(body))
    throw bad_request("person.photo_invalid", "Ảnh phải là ảnh JPEG, PNG hoặc WebP mã hóa base64", "photo");
  return raw;
}

void set_personal_id(Person& p, const PersonInput& in, calendar::Date today, bool recheck) {
  if (!recheck) return;
  auto check = check_id(p.personal_id, p.sex, p.birth_date, today);
  enforce_id_check(check, in.confirm_id_mismatch);
  p.personal_id = check.id->number;
}

}  // namespace

std::string clean_name(const std::string& raw, const char* field) {
  std::string n = text::search_key(raw).empty() ? std::string() : text::to_nfc(text::trim(raw));
  // Collapse inner runs of spaces: "Nguyễn  Văn An" is the same name.
  std::string out;
  for (char c : n)
    if (!(c == ' ' && (out.empty() || out.back() == ' '))) out.push_back(c);
  if (out.empty() || out.size() > 200 || !text::is_valid_utf8(raw))
    throw bad_request(std::string("person.") + field + "_invalid", "Họ tên phải có từ 1 đến 200 ký tự", field);
  return out;
}

std::optional<calendar::Date> parse_user_date(std::string_view text) {
  text = text::trim(text);
  if (auto iso = calendar::Date::parse(text)) return iso;
  int d = 0, m = 0, y = 0;
  char tail = 0;
  const std::string s(text);
  if (s.size() > 10 || std::sscanf(s.c_str(), "%2d/%2d/%4d%c", &d, &m, &y, &tail) != 3 || y < 1000) return std::nullopt;
  try {
    return calendar::Date(y, m, d);
  } catch (const std::invalid_argument&) {
    return std::nullopt;
  }
}

ids::IdCheck check_id(const std::string& number, const std::optional<std::string>& sex,
                      const std::optional<std::string>& birth_date, calendar::Date today) {
  ids::EnteredFacts facts;
  if (sex) facts.sex = ids::parse_sex(*sex);
  if (birth_date)
    if (auto d = calendar::Date::parse(*birth_date)) facts.birth_year = d->year();
  return ids::check_personal_id(number, today, facts);
}

void enforce_id_check(const ids::IdCheck& check, bool confirmed) {
  if (!check.valid()) throw bad_request(check.error->code, check.error->message, "personal_id");
  if (check.warnings.empty() || confirmed) return;
  std::string message;
  for (const auto& w : check.warnings) message += (message.empty() ? "" : "; ") + w.message;
  message += ". Kiểm tra lại; nếu thông tin đã nhập là đúng, hãy xác nhận để lưu.";
  throw Error(ErrorKind::refused, check.warnings.front().code, message, "personal_id");
}

Person validate_new_person(store::Connection& db, const PersonInput& in, calendar::Date today) {
  auto required = [](const std::optional<std::string>& v, const char* field, const char* label) -> const std::string& {
    if (!v || text::trim(*v).empty())
      throw bad_request("request.missing_field", std::string("Thiếu ") + label, field);
    return *v;
  };
  Person p;
  p.personal_id = std::string(text::trim(required(in.personal_id, "personal_id", "số định danh cá nhân")));
  p.full_name = clean_name(required(in.full_name, "full_name", "họ tên"), "full_name");
  p.sex = check_sex(required(in.sex, "sex", "giới tính"));
  const auto birth = check_birth_date(required(in.birth_date, "birth_date", "ngày sinh"), today);
  p.birth_date = birth.iso();
  p.birth_year = birth.year();
  p.commune_code = required(in.commune_code, "commune_code", "xã, phường nơi cư trú");
  p.province_code = province_of_commune(db, p.commune_code);
  p.address = check_address(in.address.value_or(""));
  p.stable_residence = in.stable_residence.value_or(true);
  p.aliases = check_aliases(in.aliases.value_or(std::vector<std::string>{}));
  p.drug_types = check_drug_types(in.drug_types.value_or(std::vector<std::string>{}));
  if (in.photo && !in.photo->empty()) p.photo = photo_of(*in.photo);
  p.search_key = text::search_key(p.full_name);
  set_personal_id(p, in, today, true);
  return p;
}

Person apply_patch(store::Connection& db, Person p, const PersonInput& in, calendar::Date today) {
  const bool recheck = in.personal_id || in.sex || in.birth_date;
  if (in.personal_id) p.personal_id = std::string(text::trim(*in.personal_id));
  if (in.full_name) {
    p.full_name = clean_name(*in.full_name, "full_name");
    p.search_key = text::search_key(p.full_name);
  }
  if (in.sex) p.sex = check_sex(*in.sex);
  if (in.birth_date) {
    const auto birth = check_birth_date(*in.birth_date, today);
    p.birth_date = birth.iso();
    p.birth_year = birth.year();
  }
  if (in.commune_code) {
    p.province_code = province_of_commune(db, *in.commune_code);
    p.commune_code = *in.commune_code;
  }
  if (in.address) p.address = check_address(*in.address);
  if (in.stable_residence) p.stable_residence = *in.stable_residence;
  if (in.aliases) p.aliases = check_aliases(*in.aliases);
  if (in.drug_types) p.drug_types = check_drug_types(*in.drug_types);
  if (in.clear_photo) p.photo.reset();
  if (in.photo && !in.photo->empty()) p.photo = photo_of(*in.photo);
  set_personal_id(p, in, today, recheck);
  return p;
}

}  // namespace pcmt::app::people
