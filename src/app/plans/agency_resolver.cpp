#include "app/plans/agency_resolver.hpp"

#include "app/agencies.hpp"
#include "app/error.hpp"
#include "core/agencies/agency_catalogue.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::plans {

AgencyResolver::AgencyResolver(store::Connection& db, std::string province_code)
    : db_(db), province_(std::move(province_code)) {}

std::optional<int64_t> AgencyResolver::find_by_key(const std::string& key) {
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  const auto id = agency_by_key(db_, province_, key);
  by_key_[key] = id;
  return id;
}

std::optional<int64_t> AgencyResolver::find(const std::string& name) {
  const std::string key = text::search_key(name);
  if (key.empty()) return std::nullopt;
  if (auto id = find_by_key(key)) return id;
  // "Công an tỉnh Nghệ An", "Sở GD-ĐT": the shipped matcher knows spellings the table does not.
  if (const auto* a = agencies::AgencyCatalogue::embedded().match(name)) return agency_by_code(db_, province_, a->code);
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
    const int64_t id = add_agency_named_by_plan(db_, actor, province_, name, kind);
    by_key_[text::search_key(name)] = id;
    created_.push_back({id, name});
  }
}

int64_t AgencyResolver::resolve(const AgencyRef& ref) {
  if (ref.id) {
    if (!agency_in_province(db_, *ref.id, province_))
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
