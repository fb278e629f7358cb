#include "app/facilities.hpp"

#include <boost/json.hpp>

#include "app/agencies.hpp"
#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "app/people/access.hpp"
#include "app/people/counts.hpp"
#include "app/scope.hpp"
#include "core/text/normalize.hpp"
#include "store/params.hpp"

namespace pcmt::app::facilities {
namespace {

// Occupancy is the number of people in the facility's care, counted by the people module.
const std::string& select_sql() {
  static const std::string sql = "SELECT f.id, f.province_code, f.kind, f.name, f.address, f.capacity, f.agency_id, "
                                 "COALESCE(" + agency_name_sql("f.agency_id") + ", ''), " +
                                 people::occupancy_sql("f.id") + " FROM rehab_facilities f";
  return sql;
}

Facility from_row(const store::Row& r) {
  return {r.i64(0), r.str(1), r.str(2), r.str(3), r.str(4), r.i64(5), r.i64(8), r.opt_i64(6), r.str(7)};
}

// Facilities are a provincial registry: everyone sees their province's (commune and agency users too);
// an admin every province.
std::string facility_visible(const Actor& actor, store::Params& params) {
  return scope::clause(actor, params, {.province = "f.province_code = $province"});
}

void validate(store::Connection& db, const Facility& f) {
  if (f.kind != "rehab" && f.kind != "substitution")
    throw bad_request("facility.kind_invalid",
                      "Loại cơ sở phải là rehab (cai nghiện) hoặc substitution (điều trị thay thế)", "kind");
  if (f.name.empty() || f.name.size() > 300)
    throw bad_request("facility.name_invalid", "Tên cơ sở phải có từ 1 đến 300 ký tự", "name");
  if (f.capacity < 0 || f.capacity > 100'000)
    throw bad_request("facility.capacity_invalid", "Công suất phải là số nguyên từ 0 đến 100.000", "capacity");
  if (f.address.size() > 500) throw bad_request("facility.address_invalid", "Địa chỉ tối đa 500 ký tự", "address");
  if (!province_exists(db, f.province_code))
    throw bad_request("facility.province_unknown", "Không có tỉnh mã \"" + f.province_code + "\"", "province_code");
  if (f.agency_id && !agency_in_province(db, *f.agency_id, f.province_code))
    throw bad_request("facility.agency_unknown", "Cơ quan liên kết phải thuộc danh mục cơ quan của tỉnh", "agency_id");
}

Facility apply(Facility f, const FacilityInput& in) {
  if (in.province_code) f.province_code = *in.province_code;
  if (in.kind) f.kind = *in.kind;
  if (in.name) f.name = text::to_nfc(text::trim(*in.name));
  if (in.address) f.address = text::to_nfc(text::trim(*in.address));
  if (in.capacity) f.capacity = *in.capacity;
  if (in.agency_id) f.agency_id = in.agency_id;
  if (in.clear_agency) f.agency_id.reset();
  return f;
}

void audit_facility(store::Connection& db, const Actor& actor, const std::string& action, const Facility& f) {
  auto e = event_by(actor, action, "facility", std::to_string(f.id));
  e.province_code = f.province_code;
  e.detail_json = boost::json::serialize(
      boost::json::object{{"kind", f.kind},
                          {"capacity", f.capacity},
                          {"agency_id", f.agency_id ? boost::json::value(*f.agency_id) : nullptr}});
  append_audit(db, e);
}

}  // namespace

std::vector<Facility> list_facilities(store::Connection& db, const Actor& actor, const std::string& province,
                                      const std::string& kind) {
  people::require_read(actor);
  store::Params params;
  std::string where = " WHERE " + facility_visible(actor, params);
  if (!province.empty()) where += " AND f.province_code = " + store::bind_param(params, province);
  if (!kind.empty()) where += " AND f.kind = " + store::bind_param(params, kind);
  std::vector<Facility> out;
  for (const auto& r : db.query(select_sql() + where + " ORDER BY f.province_code, f.search_key", params).rows)
    out.push_back(from_row(r));
  return out;
}

Facility get_facility(store::Connection& db, const Actor& actor, int64_t id) {
  people::require_read(actor);
  store::Params params{id};
  auto r = db.query(select_sql() + " WHERE f.id = $1 AND " + facility_visible(actor, params), params);
  if (r.empty()) throw not_found();
  return from_row(r.rows[0]);
}

Facility create_facility(store::Connection& db, const Actor& actor, const FacilityInput& in) {
  if (!people::can_manage_facilities(actor)) throw forbidden();
  Facility f = apply(Facility{}, in);
  if (!in.province_code || actor.role != Role::admin) f.province_code = in.province_code.value_or(actor.province_code);
  if (!scope::reaches(actor, {.province = f.province_code})) throw not_found();
  validate(db, f);
  store::Transaction tx(db);
  const int64_t now = now_seconds();
  try {
    f.id = db.query(
                 "INSERT INTO rehab_facilities (province_code, kind, name, search_key, address, capacity, agency_id, "
                 "created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$8) RETURNING id",
                 {f.province_code, f.kind, f.name, text::search_key(f.name), f.address, f.capacity, f.agency_id, now})
               .one()
               .i64(0);
  } catch (const store::ConstraintViolation&) {
    throw conflict("facility.name_taken", "Tỉnh đã có cơ sở mang tên này", "name");
  }
  audit_facility(db, actor, "facility.create", f);
  tx.commit();
  return get_facility(db, actor, f.id);
}

Facility update_facility(store::Connection& db, const Actor& actor, int64_t id, const FacilityInput& in) {
  store::Transaction tx(db);
  const Facility before = get_facility(db, actor, id);
  if (!people::can_manage_facilities(actor)) throw forbidden();
  FacilityInput patch = in;
  patch.province_code.reset();  // a facility does not move between provinces
  Facility f = apply(before, patch);
  validate(db, f);
  try {
    db.query(
        "UPDATE rehab_facilities SET kind = $1, name = $2, search_key = $3, address = $4, capacity = $5, "
        "agency_id = $6, updated_at = $7 WHERE id = $8",
        {f.kind, f.name, text::search_key(f.name), f.address, f.capacity, f.agency_id, now_seconds(), id});
  } catch (const store::ConstraintViolation&) {
    throw conflict("facility.name_taken", "Tỉnh đã có cơ sở mang tên này", "name");
  }
  audit_facility(db, actor, "facility.update", f);
  tx.commit();
  return get_facility(db, actor, id);
}

std::optional<FacilityRef> find(store::Connection& db, int64_t id) {
  auto r = db.query("SELECT id, kind, name FROM rehab_facilities WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  return FacilityRef{r.rows[0].i64(0), r.rows[0].str(1), r.rows[0].str(2)};
}

std::vector<FacilityRef> of_province(store::Connection& db, const std::string& province) {
  store::Params p;
  std::string where;
  if (!province.empty()) {
    p.push_back(province);
    where = " WHERE province_code = $1";
  }
  std::vector<FacilityRef> out;
  for (const auto& r : db.query("SELECT id, kind, name FROM rehab_facilities" + where + " ORDER BY id", p).rows)
    out.push_back({r.i64(0), r.str(1), r.str(2)});
  return out;
}

std::string of_agency_sql(const std::string& agency) {
  return "(SELECT fa.id FROM rehab_facilities fa WHERE fa.agency_id = " + agency + ")";
}

}  // namespace pcmt::app::facilities
