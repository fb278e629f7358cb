#include "core/ids/personal_id_json.hpp"

namespace pcmt::ids {

boost::json::object to_json(const IdCheck& check) {
  boost::json::object o;
  o["valid"] = check.valid();
  if (!check.valid()) {
    o["code"] = check.error->code;
    o["message"] = check.error->message;
    return o;
  }
  o["province_code"] = check.id->province_code;
  o["sex"] = sex_code(check.id->sex);
  o["birth_year"] = check.id->birth_year;
  if (!check.warnings.empty()) {
    boost::json::array warnings;
    for (const auto& w : check.warnings) warnings.push_back(boost::json::object{{"code", w.code}, {"message", w.message}});
    o["warnings"] = std::move(warnings);
  }
  return o;
}

}  // namespace pcmt::ids
