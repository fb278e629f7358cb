#include "app/people/registered_ids.hpp"

#include "app/audit.hpp"
#include "app/people/access.hpp"
#include "store/params.hpp"

namespace pcmt::app::people {
namespace json = boost::json;

std::map<std::string, IdHolder> id_holders(store::Connection& db, const Actor& actor,
                                           const std::vector<std::string>& personal_ids) {
  std::map<std::string, IdHolder> out;
  if (personal_ids.empty()) return out;
  store::Params params;
  const std::string visible = person_visible(actor, params);
  std::vector<store::Value> ids(personal_ids.begin(), personal_ids.end());
  const std::string list = store::bind_list(params, ids);
  auto rows = db.query("SELECT p.personal_id, p.id, p.province_code, CASE WHEN " + visible +
                           " THEN 1 ELSE 0 END FROM people p WHERE p.personal_id IN " + list,
                       params);
  for (const auto& r : rows.rows)
    out[r.str(0)] = {r.i64(1), r.i64(3) == 1, r.str(2) == actor.province_code};
  return out;
}

std::optional<IdHolder> id_holder(store::Connection& db, const Actor& actor, const std::string& personal_id,
                                  std::optional<int64_t> exclude_person) {
  auto found = id_holders(db, actor, {personal_id});
  if (found.empty() || found.begin()->second.person_id == exclude_person.value_or(-1)) return std::nullopt;
  return found.begin()->second;
}

std::string registered_elsewhere_message(const IdHolder& h) {
  // A commune officer's neighbour commune is in the same province: saying "another province"
  // would send the officer to the wrong office.
  return h.same_province ? "Đã có hồ sơ ở xã, phường khác — liên hệ cơ quan thường trực"
                         : "Đã có hồ sơ ở tỉnh khác — liên hệ cơ quan thường trực";
}

Error id_taken() {
  return conflict("person.id_taken", "Số định danh cá nhân này đã có trong hệ thống (mỗi người chỉ đăng ký một lần)",
                  "personal_id");
}

Error id_registered_error(const IdHolder& h) {
  if (h.visible) return id_taken();
  return conflict("person.registered_elsewhere", registered_elsewhere_message(h), "personal_id");
}

const char* holder_kind(const IdHolder& h) { return h.visible ? "in_scope" : "elsewhere"; }

std::string personal_id_fingerprint(const Fingerprints& fingerprints, const std::string& personal_id) {
  return fingerprints.of("personal_id", personal_id);
}

json::object audited_id(const Fingerprints& fingerprints, const std::string& personal_id) {
  return {{"masked", mask_personal_id(personal_id)}, {"fingerprint", personal_id_fingerprint(fingerprints, personal_id)}};
}

void audit_id_registered(store::Connection& db, const Actor& actor, const std::string& during,
                         const std::string& personal_id, const IdHolder& h) {
  auto e = event_by(actor, "people.id_registered", "people", actor.scope.to_string());
  e.detail_json = json::serialize(json::object{
      {"during", during}, {"personal_id", audited_id(Fingerprints(db), personal_id)}, {"holder", holder_kind(h)}});
  append_audit(db, e);
}

}  // namespace pcmt::app::people
