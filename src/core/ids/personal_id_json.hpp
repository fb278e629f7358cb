#pragma once
// JSON form of a personal-ID check, the contract of `pcmt person check-id`:
//   {"valid": true, "province_code": "040", "sex": "male", "birth_year": 1990}
//   {"valid": false, "code": "person.id_invalid", "message": "..."}
// "warnings": [{"code", "message"}] is added only when a cross-check found a mismatch.
#include <boost/json.hpp>

#include "core/ids/personal_id.hpp"

namespace pcmt::ids {

boost::json::object to_json(const IdCheck& check);

}  // namespace pcmt::ids
