#include "app/people/access.hpp"

#include "app/error.hpp"
#include "app/facilities.hpp"
#include "app/scope.hpp"
#include "core/text/normalize.hpp"
#include "store/params.hpp"

namespace pcmt::app::people {

std::optional<int64_t> actor_agency(const Actor& actor) { return scope::agency_of(actor); }

std::string person_visible(const Actor& actor, store::Params& params, const std::string& p) {
  if (!can_read_people(actor)) return "1=0";
  // An agency sees the people in the care of the facilities linked to it.
  return scope::clause(actor, params,
                       {.province = p + ".province_code = $province",
                        .commune = p + ".commune_code = $commune",
                        .agency = p + ".facility_id IN " + facilities::of_agency_sql("$agency")});
}

bool person_in_view(store::Connection& db, const Actor& actor, int64_t person_id, const std::string& province) {
  store::Params params{person_id, province};
  const std::string visible = person_visible(actor, params);
  return !db.query("SELECT 1 FROM people p WHERE p.id = $1 AND p.province_code = $2 AND " + visible, params).empty();
}

bool can_read_people(const Actor& actor) { return actor.role != Role::auditor; }

bool can_record_events(const Actor& actor) {
  return actor.role == Role::admin || actor.role == Role::standing_office || actor.role == Role::commune ||
         actor.role == Role::agency;
}

bool can_register_people(const Actor& actor) {
  return actor.role == Role::admin || actor.role == Role::standing_office || actor.role == Role::commune;
}

bool can_merge_people(const Actor& actor) { return actor.role == Role::admin || actor.role == Role::standing_office; }

bool can_manage_facilities(const Actor& actor) {
  return actor.role == Role::admin || actor.role == Role::standing_office;
}

bool sees_full_id_in_lists(const Actor& actor) { return actor.role == Role::commune; }

bool may_export_full_ids(const Actor& actor) {
  return actor.role == Role::commune || actor.role == Role::standing_office || actor.role == Role::admin;
}

void require_read(const Actor& actor) {
  if (!can_read_people(actor)) throw forbidden();
}

void require_record_events(const Actor& actor) {
  if (!can_record_events(actor)) throw forbidden();
}

void require_register(const Actor& actor) {
  if (!can_register_people(actor)) throw forbidden();
}

std::string mask_personal_id(const std::string& id) {
  std::string out(id.size(), '*');
  if (id.size() != 12) return out;
  out.replace(0, 3, id, 0, 3);
  out.replace(9, 3, id, 9, 3);
  return out;
}

std::string require_reason(const std::string& reason) {
  const std::string r(text::trim(reason));
  if (r.empty())
    throw bad_request("people.reason_required", "Cần nêu lý do xem hoặc xuất thông tin cá nhân (được ghi nhật ký)",
                      "reason");
  if (r.size() > 500 || !text::is_valid_utf8(r))
    throw bad_request("people.reason_too_long", "Lý do tối đa 500 ký tự", "reason");
  return text::to_nfc(r);
}

}  // namespace pcmt::app::people
