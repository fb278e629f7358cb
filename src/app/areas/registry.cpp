#include "app/areas/registry.hpp"

#include <cmath>

#include "app/areas/case_status.hpp"
#include "app/areas/points.hpp"
#include "app/areas/window.hpp"
#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "app/people/access.hpp"
#include "app/scope.hpp"
#include "core/calendar/date.hpp"
#include "core/text/normalize.hpp"
#include "store/params.hpp"

namespace pcmt::app::areas {
namespace {

using FT = FieldType;

Error invalid(const Field& f, const std::string& what) {
  return bad_request("area.field_invalid", "Trường \"" + std::string(f.label) + "\" " + what, std::string(f.name));
}

// The row's province for a commune in the actor's scope; 404 when out of scope or unknown.
std::string province_of_commune(store::Connection& db, const Actor& actor, const std::string& commune) {
  auto c = find_commune(db, actor, commune);
  if (!c) throw Error(ErrorKind::not_found, "area.commune_not_found", "Không tìm thấy xã, phường trong phạm vi của bạn", "commune_code");
  return c->province_code;
}

// A JSON field converted to its column value; throws 400 area.field_invalid naming the field.
store::Value field_value(store::Connection& db, const Actor& actor, const Field& f, const json::value& v,
                         const std::string& province) {
  if (v.is_null()) {
    if (f.required) throw invalid(f, "là bắt buộc");
    return f.type == FT::text ? store::Value("") : store::Value();  // free text is never null, only empty
  }
  switch (f.type) {
    case FT::text: {
      if (!v.is_string()) throw invalid(f, "phải là chuỗi ký tự");
      std::string s(text::trim(std::string_view(v.as_string())));
      if (f.required && s.empty()) throw invalid(f, "là bắt buộc");
      if (s.size() > 2000) throw invalid(f, "quá dài (tối đa 2000 byte)");
      return text::to_nfc(s);
    }
    case FT::date: {
      if (!v.is_string() || !calendar::Date::parse(std::string_view(v.as_string())))
        throw invalid(f, "phải là ngày hợp lệ dạng YYYY-MM-DD");
      return std::string(v.as_string());
    }
    case FT::integer: {
      if (!v.is_int64() && !v.is_uint64()) throw invalid(f, "phải là số nguyên không âm");
      if (v.is_int64() && v.as_int64() < 0) throw invalid(f, "phải là số nguyên không âm");
      return v.to_number<int64_t>();
    }
    case FT::coordinate: {
      if (!v.is_number()) throw invalid(f, "phải là số");
      const double d = v.to_number<double>();
      if (!std::isfinite(d) || std::abs(d) > 180) throw invalid(f, "phải là tọa độ hợp lệ");
      return d;
    }
    case FT::area_m2: {
      if (!v.is_number()) throw invalid(f, "phải là số mét vuông không âm");
      const double d = v.to_number<double>();
      if (!std::isfinite(d) || d < 0 || d > 1e9) throw invalid(f, "phải là số mét vuông không âm");
      return static_cast<int64_t>(std::llround(d * 100));
    }
    case FT::commune: {
      if (!v.is_string()) throw invalid(f, "phải là mã xã");
      const std::string code(v.as_string());
      if (!find_commune(db, code)) throw invalid(f, "không phải mã xã đã biết");
      return code;
    }
    case FT::person: {
      if (!v.is_int64() && !v.is_uint64()) throw invalid(f, "phải là mã người trong hồ sơ");
      const int64_t id = v.to_number<int64_t>();
      if (!people::person_in_view(db, actor, id, province))
        throw invalid(f, "không trỏ tới người nào trong hồ sơ bạn được xem");
      return id;
    }
    case FT::case_ref: {
      if (!v.is_int64() && !v.is_uint64()) throw invalid(f, "phải là mã vụ án");
      const int64_t id = v.to_number<int64_t>();
      if (db.query("SELECT 1 FROM area_cases WHERE id = $1 AND province_code = $2", {id, province}).empty())
        throw invalid(f, "không trỏ tới vụ án nào của tỉnh");
      return id;
    }
    case FT::choice: {
      if (v.is_string())
        for (auto c : f.choices)
          if (v.as_string() == c) return std::string(c);
      std::string list;
      for (auto c : f.choices) list += (list.empty() ? "" : ", ") + std::string(c);
      throw invalid(f, "phải là một trong: " + list);
    }
  }
  return nullptr;
}

json::value column_json(const Field& f, const store::Row& r, size_t i) {
  if (r.is_null(i)) return nullptr;
  switch (f.type) {
    case FT::integer:
    case FT::person:
    case FT::case_ref:
      return r.i64(i);
    case FT::coordinate:
      return r.f64(i);
    case FT::area_m2:
      return static_cast<double>(r.i64(i)) / 100.0;
    default:
      return json::string(r.str(i));
  }
}

std::string select_list(const Registry& reg) {
  std::string s = "SELECT t.id, t.province_code, t.commune_code";
  for (const auto& f : reg.fields) s += ", t." + f.column_name();
  for (const auto& f : reg.readonly) s += ", t." + f.column_name();
  return s + ", t.created_at, t.updated_at FROM " + std::string(reg.table) + " t";
}

json::object row_json(const Registry& reg, const store::Row& r) {
  json::object o{{"id", r.i64(0)}, {"province_code", r.str(1)}, {"commune_code", r.str(2)}};
  size_t i = 3;
  for (const auto& f : reg.fields) o[f.name] = column_json(f, r, i++);
  for (const auto& f : reg.readonly) o[f.name] = column_json(f, r, i++);
  o["created_at"] = r.i64(i);
  o["updated_at"] = r.i64(i + 1);
  return o;
}

std::optional<json::object> find(store::Connection& db, const Actor& actor, const Registry& reg, int64_t id) {
  store::Params p{id};
  const std::string scope = area_scope_clause(actor, "t", p);
  auto r = db.query(select_list(reg) + " WHERE t.id = $1 AND " + scope, p);
  if (r.empty()) return std::nullopt;
  return row_json(reg, r.rows[0]);
}

// 400 area.date_order when a date field of the written row precedes the one it follows.
void check_date_order(const Registry& reg, const json::object& row) {
  for (const auto& f : reg.fields) {
    if (f.not_before.empty() || !row.at(f.name).is_string()) continue;
    const auto& earlier = row.at(f.not_before);
    if (earlier.is_string() && row.at(f.name).as_string() < earlier.as_string())
      throw bad_request("area.date_order",
                        "Trường \"" + std::string(f.label) + "\" không được trước ngày " + std::string(earlier.as_string()),
                        std::string(f.name));
  }
}

std::vector<AuditedKey> audited_keys(const Registry& reg) {
  std::vector<AuditedKey> keys{{"commune_code"}};
  for (const auto& f : reg.fields) keys.push_back({f.name, f.personal});
  return keys;
}

void require_editor(const Actor& actor) {
  if (!can_edit_areas(actor)) throw forbidden();
}

AuditEvent audit_of(const Actor& actor, const Registry& reg, const char* verb, int64_t id, const std::string& province) {
  auto e = event_by(actor, std::string(reg.object_type) + "." + verb, std::string(reg.object_type), std::to_string(id));
  e.province_code = province;
  return e;
}

}  // namespace

void audit_status_change(store::Connection& db, const Actor& actor, std::string_view object_type, int64_t id,
                         const std::string& province, const std::string& from, const std::string& to,
                         const std::string& date) {
  auto e = event_by(actor, std::string(object_type) + ".status", std::string(object_type), std::to_string(id));
  e.province_code = province;
  e.detail_json = json::serialize(json::object{{"from", from}, {"to", to}, {"date", date}});
  append_audit(db, e);
}

bool can_edit_areas(const Actor& actor) {
  return actor.role == Role::admin || actor.role == Role::standing_office || actor.role == Role::commune;
}

std::string area_scope_clause(const Actor& actor, std::string_view alias, store::Params& p) {
  const std::string a(alias);
  return scope::clause(actor, p,
                       {.province = a + ".province_code = $province", .commune = a + ".commune_code = $commune"});
}

const std::vector<Registry>& registries() {
  static const std::vector<Registry> all{
      {"points",
       "area_points",
       "area_point",
       "found_date",
       {{"kind", FT::choice, true, {"use_point", "hotspot", "retail"}, "Loại điểm"},
        {"name", FT::text, false, {}, "Tên gọi"},
        {"address", FT::text, true, {}, "Địa chỉ"},
        {"lat", FT::coordinate, false, {}, "Vĩ độ"},
        {"lon", FT::coordinate, false, {}, "Kinh độ"},
        {"found_date", FT::date, true, {}, "Ngày phát hiện"},
        {"note", FT::text, false, {}, "Ghi chú", {}, true}},
       {{"status", FT::text, false, {}, "Trạng thái"},
        {"verified_date", FT::date, false, {}, "Ngày xác minh"},
        {"dismantling_date", FT::date, false, {}, "Ngày bắt đầu triệt xóa"},
        {"eliminated_date", FT::date, false, {}, "Ngày triệt xóa"},
        {"watched_date", FT::date, false, {}, "Ngày chuyển theo dõi"},
        {"reformed", FT::integer, false, {}, "Tái hình thành"},
        {"reformed_from", FT::integer, false, {}, "Điểm cũ"}},
       &prepare_point_write,
       {{"SELECT COUNT(*) FROM area_points WHERE reformed_from = $1", "area.point_referenced",
         "Không thể xóa: điểm này là điểm cũ của {n} điểm tái hình thành; hãy xóa hoặc sửa các điểm đó trước"}}},
      {"cases",
       "area_cases",
       "area_case",
       "case_date",
       {{"case_date", FT::date, true, {}, "Ngày phát hiện vụ án"},
        {"reference", FT::text, false, {}, "Số hiệu vụ án"},
        {"charges", FT::text, false, {}, "Tội danh"},
        {"status", FT::choice, true, {"investigating", "prosecuted", "tried"}, "Tình trạng vụ án", {}, false, {}, true},
        {"drugs_seized", FT::text, false, {}, "Ma túy thu giữ"},
        {"note", FT::text, false, {}, "Ghi chú", {}, true}},
       {{"status_date", FT::date, false, {}, "Ngày có hiệu lực của tình trạng"},
        {"status_date_known", FT::integer, false, {}, "Đã biết ngày có hiệu lực"}},
       nullptr,
       {{"SELECT COUNT(*) FROM area_offenders WHERE case_id = $1", "area.case_has_offenders",
         "Không thể xóa: vụ án có {n} đối tượng bị bắt giữ; hãy bỏ liên kết hoặc xóa các đối tượng đó trước"}},
       &after_case_write},
      {"offenders",
       "area_offenders",
       "area_offender",
       "arrest_date",
       {{"case_id", FT::case_ref, false, {}, "Vụ án"},
        {"full_name", FT::text, true, {}, "Họ và tên", {}, true},
        {"arrest_date", FT::date, true, {}, "Ngày bắt giữ"},
        {"residence_commune_code", FT::commune, false, {}, "Xã nơi cư trú"},
        {"person_id", FT::person, false, {}, "Người trong hồ sơ"},
        {"charges", FT::text, false, {}, "Tội danh"},
        {"note", FT::text, false, {}, "Ghi chú", {}, true}},
       {}},
      {"wanted",
       "area_wanted",
       "area_wanted",
       "since_date",
       {{"full_name", FT::text, true, {}, "Họ và tên", {}, true},
        {"warrant", FT::text, false, {}, "Quyết định truy nã", {}, true},
        {"since_date", FT::date, true, {}, "Lẩn trốn từ ngày"},
        {"until_date", FT::date, false, {}, "Đến ngày (bị bắt hoặc rời địa bàn)", {}, false, "since_date"},
        {"note", FT::text, false, {}, "Ghi chú", {}, true}},
       {}},
      {"plant-finds",
       "area_plant_finds",
       "area_plant_find",
       "found_date",
       {{"found_date", FT::date, true, {}, "Ngày phát hiện"},
        {"destroyed_date", FT::date, false, {}, "Ngày triệt phá", {}, false, "found_date"},
        {"plant", FT::text, false, {}, "Loại cây"},
        {"plants", FT::integer, true, {}, "Số cây"},
        {"area_m2", FT::area_m2, true, {}, "Diện tích (m²)", "area_m2_x100"},
        {"note", FT::text, false, {}, "Ghi chú", {}, true}},
       {}},
  };
  return all;
}

const Registry& registry(std::string_view name) {
  for (const auto& r : registries())
    if (r.name == name) return r;
  throw not_found();
}

json::object list_records(store::Connection& db, const Actor& actor, const Registry& reg, const ListFilter& f) {
  store::Params p;
  std::string where = " WHERE " + area_scope_clause(actor, "t", p);
  if (!f.commune.empty()) where += " AND t.commune_code = " + store::bind_param(p, f.commune);
  if (f.year) {
    const auto w = window_of_year(*f.year);
    where += " AND t." + std::string(reg.date_field) + " >= " + store::bind_param(p, w.from);
    where += " AND t." + std::string(reg.date_field) + " <= " + store::bind_param(p, w.to);
  }
  const int64_t total =
      db.query("SELECT COUNT(*) FROM " + std::string(reg.table) + " t" + where, p).one().i64(0);
  const std::string limit = store::bind_param(p, f.page_size);
  const std::string offset = store::bind_param(p, static_cast<int64_t>(f.page - 1) * f.page_size);
  auto rows = db.query(select_list(reg) + where + " ORDER BY t." + std::string(reg.date_field) + " DESC, t.id DESC LIMIT " +
                           limit + " OFFSET " + offset,
                       p);
  json::array items;
  for (const auto& r : rows.rows) items.push_back(row_json(reg, r));
  return {{"items", std::move(items)}, {"total", total}, {"page", f.page}, {"page_size", f.page_size}};
}

json::object get_record(store::Connection& db, const Actor& actor, const Registry& reg, int64_t id) {
  auto o = find(db, actor, reg, id);
  if (!o) throw not_found();
  return *o;
}

json::object create_record(store::Connection& db, const Actor& actor, const Registry& reg, const json::object& body) {
  require_editor(actor);
  const auto* commune_v = body.if_contains("commune_code");
  std::string commune = commune_v && commune_v->is_string() ? std::string(commune_v->as_string()) : "";
  if (commune.empty() && actor.scope.kind == ScopeKind::commune) commune = actor.scope.id;
  if (commune.empty())
    throw bad_request("area.field_invalid", "Trường \"Xã, phường\" là bắt buộc", "commune_code");
  store::Transaction tx(db);
  const std::string province = province_of_commune(db, actor, commune);
  Columns cols{{"province_code", province}, {"commune_code", commune}};
  for (const auto& f : reg.fields) {
    const auto* v = body.if_contains(f.name);
    cols.emplace_back(f.column_name(), field_value(db, actor, f, v ? *v : json::value(nullptr), province));
  }
  if (reg.before_write) reg.before_write(db, commune, true, cols);
  const int64_t now = now_seconds();
  cols.emplace_back("created_by", actor.user_id);
  cols.emplace_back("created_at", now);
  cols.emplace_back("updated_at", now);
  std::string names, marks;
  store::Params p;
  for (auto& [name, value] : cols) {
    names += (names.empty() ? "" : ", ") + name;
    marks += (marks.empty() ? "" : ", ") + store::bind_param(p, std::move(value));
  }
  const int64_t id = db.query("INSERT INTO " + std::string(reg.table) + " (" + names + ") VALUES (" + marks +
                                  ") RETURNING id",
                              p)
                         .one()
                         .i64(0);
  if (reg.after_write) reg.after_write(db, actor, id, nullptr, body);
  auto out = find(db, actor, reg, id);
  check_date_order(reg, *out);
  auto e = audit_of(actor, reg, "create", id, province);
  e.detail_json = "{\"commune_code\":\"" + commune + "\"}";
  append_audit(db, e);
  tx.commit();
  return *out;
}

json::object update_record(store::Connection& db, const Actor& actor, const Registry& reg, int64_t id,
                           const json::object& body) {
  store::Transaction tx(db);
  auto before = find(db, actor, reg, id);
  if (!before) throw not_found();
  require_editor(actor);
  std::string commune(before->at("commune_code").as_string());
  if (const auto* v = body.if_contains("commune_code"); v && v->is_string()) commune = std::string(v->as_string());
  const std::string province = province_of_commune(db, actor, commune);
  Columns cols{{"province_code", province}, {"commune_code", commune}};
  for (const auto& f : reg.fields) {
    const auto* v = body.if_contains(f.name);
    if (!v) continue;
    if (f.create_only) {
      if (*v != before->at(f.name))
        throw bad_request("area.field_create_only",
                          "Trường \"" + std::string(f.label) +
                              "\" không sửa trực tiếp được; hãy dùng thao tác chuyển riêng, kèm ngày có hiệu lực",
                          std::string(f.name));
      continue;
    }
    cols.emplace_back(f.column_name(), field_value(db, actor, f, *v, province));
  }
  if (reg.before_write) reg.before_write(db, commune, false, cols);
  cols.emplace_back("updated_at", now_seconds());
  std::string sets;
  store::Params p;
  for (auto& [name, value] : cols) sets += (sets.empty() ? "" : ", ") + name + " = " + store::bind_param(p, std::move(value));
  db.query("UPDATE " + std::string(reg.table) + " SET " + sets + " WHERE id = " + store::bind_param(p, id), p);
  if (reg.after_write) reg.after_write(db, actor, id, &*before, body);
  auto after = find(db, actor, reg, id);
  check_date_order(reg, *after);
  const auto changes = changes_between(*before, *after, audited_keys(reg));
  if (!changes) return *before;  // nothing changed: no write, no audit row (the transaction rolls back)
  auto e = audit_of(actor, reg, "update", id, province);
  e.detail_json = json::serialize(*changes);
  append_audit(db, e);
  tx.commit();
  return *after;
}

void delete_record(store::Connection& db, const Actor& actor, const Registry& reg, int64_t id,
                   const std::string& reason) {
  store::Transaction tx(db);
  auto before = find(db, actor, reg, id);
  if (!before) throw not_found();
  require_editor(actor);
  const std::string why = deletion_reason(reason);
  for (const auto& ref : reg.referrers)
    if (const int64_t n = db.query(std::string(ref.count_sql), {id}).one().i64(0); n > 0) {
      std::string message(ref.message);
      message.replace(message.find("{n}"), 3, std::to_string(n));
      throw conflict(std::string(ref.code), message);
    }
  db.query("DELETE FROM " + std::string(reg.table) + " WHERE id = $1", {id});
  auto e = audit_of(actor, reg, "delete", id, std::string(before->at("province_code").as_string()));
  e.reason = why;
  e.detail_json = json::serialize(json::object{{"commune_code", before->at("commune_code")}});
  append_audit(db, e);
  tx.commit();
}

std::optional<json::object> changes_between(const json::object& before, const json::object& after,
                                            const std::vector<AuditedKey>& keys) {
  json::array fields;
  json::object changes;
  for (const auto& k : keys) {
    const auto* was = before.if_contains(k.name);
    const auto* now = after.if_contains(k.name);
    if (!was || !now || *was == *now) continue;
    fields.push_back(json::string(k.name));
    if (!k.personal) changes[k.name] = json::object{{"from", *was}, {"to", *now}};
  }
  if (fields.empty()) return std::nullopt;
  return json::object{{"fields", std::move(fields)}, {"changes", std::move(changes)}};
}

std::string deletion_reason(const std::string& reason) {
  std::string why(text::trim(reason));
  if (why.empty()) throw bad_request("area.reason_required", "Cần nêu lý do xóa", "reason");
  if (why.size() > 2000) throw bad_request("area.reason_required", "Lý do xóa quá dài (tối đa 2000 byte)", "reason");
  return text::to_nfc(why);
}

}  // namespace pcmt::app::areas
