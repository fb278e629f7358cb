#include "app/plans/agency_resolver.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/error.hpp"
#include "core/agencies/agency_catalogue.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::plans {

AgencyResolver::AgencyResolver(store::Connection& db, std::string province_code)
    : db_(db), province_(std::move(province_code)) {}

std::optional<int64_t> AgencyResolver::find_by_key(const std::string& key) {
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  auto r = db_.query(
      "SELECT a.id FROM agencies a WHERE a.province_code = $1 AND (a.search_key = $2 OR EXISTS (SELECT 1 FROM "
      "agency_aliases x WHERE x.agency_id = a.id AND x.alias_key = $2)) ORDER BY a.id LIMIT 1",
      {province_, key});
  std::optional<int64_t> id;
  if (!r.empty()) id = r.rows[0].i64(0);
  by_key_[key] = id;
  return id;
}

std::optional<int64_t> AgencyResolver::find_by_code(const std::string& code) {
  auto r = db_.query("SELECT id FROM agencies WHERE province_code = $1 AND code = $2", {province_, code});
  if (r.empty()) return std::nullopt;
  return r.rows[0].i64(0);
}

std::optional<int64_t> AgencyResolver::find(const std::string& name) {
  const std::string key = text::search_key(name);
  if (key.empty()) return std::nullopt;
  if (auto id = find_by_key(key)) return id;
  // "Công an tỉnh Nghệ An", "Sở GD-ĐT": the shipped matcher knows spellings the table does not.
  if (const auto* a = agencies::AgencyCatalogue::embedded().match(name)) return find_by_code(a->code);
  return std::nullopt;
}

void AgencyResolver::create_confirmed(const Actor& actor, const std::vector<NewAgencyInput>& confirmed) {
  for (size_t i = 0; i < confirmed.size(); ++i) {
    const std::string field = "new_agencies[" + std::to_string(i) + "]";
    const std::string name = text::to_nfc(text::trim(confirmed[i].name));
    if (name.empty() || name.size() > 300)
      throw bad_request("plan.new_agency_invalid", "Tên cơ quan mới không được để trống (tối đa 300 ký tự)",
                        field + ".name");
    const std::string kind = confirmed[i].kind.empty() ? "khac" : confirmed[i].kind;
    if (!agencies::is_agency_kind(kind))
      throw bad_request("plan.new_agency_invalid", "Loại cơ quan mới không hợp lệ", field + ".kind");
    if (find(name)) continue;  // already in the catalogue (perhaps added meanwhile): use it
    const std::string key = text::search_key(name);
    const int64_t id = db_.query(
                              "INSERT INTO agencies (province_code, code, name, kind, search_key) VALUES ($1, $2, $3, "
                              "$4, $5) RETURNING id",
                              {province_, "custom_" + key, name, kind, key})
                           .one()
                           .i64(0);
    by_key_[key] = id;
    created_.push_back({id, name});
    auto e = event_by(actor, "agency.create", "agency", std::to_string(id));
    e.province_code = province_;
    e.detail_json = boost::json::serialize(boost::json::object{{"name", name}, {"kind", kind}, {"via", "plan"}});
    append_audit(db_, e);
  }
}

int64_t AgencyResolver::resolve(const AgencyRef& ref) {
  if (ref.id) {
    auto r = db_.query("SELECT id FROM agencies WHERE id = $1 AND province_code = $2", {*ref.id, province_});
    if (r.empty())
      throw bad_request("plan.agency_unknown", "Cơ quan số " + std::to_string(*ref.id) + " không có trong danh mục của tỉnh",
                        ref.field);
    return *ref.id;
  }
  if (auto id = find(ref.name)) return *id;
  throw bad_request("plan.agency_unknown",
                    "Cơ quan \"" + ref.name +
                        "\" chưa có trong danh mục; hãy chọn cơ quan có sẵn hoặc xác nhận thêm mới vào danh mục",
                    ref.field);
}

}  // namespace pcmt::app::plans
