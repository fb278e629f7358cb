#pragma once
// Classification of communes for an evaluation year from the registries (QĐ 28/2025/QĐ-TTg),
// through the same pure core as `pcmt classify`: each criterion met / not met / undecided, the
// numbers behind it, and the facts that are missing.
#include <boost/json.hpp>

#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::areas {

// Every commune of the province and the province's own assessment (Điều 5). A commune user gets
// its commune only, without the province assessment. `province` empty: the actor's province;
// another province than the actor's is 404 except for the admin.
boost::json::object classify_province(store::Connection& db, const Actor& actor, const std::string& province, int year);

// One commune in scope: its classification, facts, and the ids of the records behind each
// count (points, offenders, plant finds, wanted persons, routes), to click through.
boost::json::object classify_one_commune(store::Connection& db, const Actor& actor, const std::string& code, int year);

}  // namespace pcmt::app::areas
