#pragma once
// Key routes (tuyến trọng điểm phức tạp về ma túy, QĐ 28/2025/QĐ-TTg Điều 3): intra-provincial
// (nội tỉnh) or inter-provincial (liên tỉnh), and the communes of the province they cross. A
// route belongs to its province: every user of the province reads it; the standing office and
// the admin keep it.
#include <boost/json.hpp>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::areas {

boost::json::array list_key_routes(store::Connection& db, const Actor& actor);
boost::json::object get_key_route(store::Connection& db, const Actor& actor, int64_t id);
// Body: name, scope ("intra" | "inter"), active_from, active_to (optional), note, communes (codes
// of the province). Update replaces the fields given; "communes" replaces the whole list.
boost::json::object create_key_route(store::Connection& db, const Actor& actor, const boost::json::object& body);
boost::json::object update_key_route(store::Connection& db, const Actor& actor, int64_t id,
                                     const boost::json::object& body);
// Update and delete are audited like the registries: the changed fields with old and new values; a reason.
void delete_key_route(store::Connection& db, const Actor& actor, int64_t id, const std::string& reason);

}  // namespace pcmt::app::areas
