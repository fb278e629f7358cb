#pragma once
// A plan another province issued (a Đồng Nai plan uploaded in Nghệ An) is pointed out at review and
// saved only once the user confirms it: the parser names the issuing province
// (core/plans/issuing_province); this compares it with the user's.
#include <boost/json.hpp>

#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"

namespace pcmt::app::plans {

// {"code", "name", "message"} of the issuing province when it is not the actor's, else null.
// `province_code` is the parser's ("" when it named none); else the province the issuer names.
boost::json::value other_province_json(const Actor& actor, const std::string& province_code, const std::string& issuer);

// 400 plan.province_invalid for a code outside the list; 422 plan.other_province (field
// document.province_code) unless the user confirmed it (confirm_other_province).
void require_own_province_or_confirmed(const Actor& actor, const PlanInput& in);

}  // namespace pcmt::app::plans
