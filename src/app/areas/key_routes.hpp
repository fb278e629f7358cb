#pragma once
// Key routes (tuyến trọng điểm phức tạp về ma túy, QĐ 28/2025/QĐ-TTg Điều 3): intra-provincial
// (nội tỉnh) or inter-provincial (liên tỉnh), and the communes of the province they cross. A
// route belongs to its province: every user of the province reads it; the standing office and
// the admin keep it.
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::areas {

struct KeyRoute {
  int64_t id = 0;
  std::string province_code, name, scope, active_from;  // scope: "intra" | "inter"
  std::optional<std::string> active_to;
  std::string note;
  std::vector<std::string> communes;  // codes of the province, sorted
};

// What a create or an update gives; an absent field is kept by an update. `active_to` given as
// nullopt clears the end date.
struct KeyRouteInput {
  std::optional<std::string> name, scope, active_from, note;
  std::optional<std::optional<std::string>> active_to;
  std::optional<std::vector<std::string>> communes;  // replaces the whole list
};

std::vector<KeyRoute> list_key_routes(store::Connection& db, const Actor& actor);
KeyRoute get_key_route(store::Connection& db, const Actor& actor, int64_t id);
// 400 area.field_invalid (name, scope, dates, a commune not of the province), area.date_order.
KeyRoute create_key_route(store::Connection& db, const Actor& actor, const KeyRouteInput& in);
KeyRoute update_key_route(store::Connection& db, const Actor& actor, int64_t id, const KeyRouteInput& in);
// Update and delete are audited like the registries: the changed fields with old and new values; a reason.
void delete_key_route(store::Connection& db, const Actor& actor, int64_t id, const std::string& reason);

}  // namespace pcmt::app::areas
