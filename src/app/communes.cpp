#include "app/communes.hpp"

#include <charconv>
#include <map>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/demo.hpp"
#include "app/error.hpp"
#include "app/files/isolated_readers.hpp"
#include "app/people/table_input.hpp"
#include "app/scope.hpp"
#include "report/xlsx_writer.hpp"
#include "core/text/csv.hpp"
#include "core/text/normalize.hpp"
#include "store/params.hpp"
#include "store/sql.hpp"

namespace pcmt::app {
namespace {

constexpr int64_t kMaxPopulation = 10'000'000;

constexpr const char* kSelect =
    "SELECT c.code, c.name, c.kind, c.province_code, p.name, c.population, c.is_border, c.is_remote, c.updated_at, "
    "c.search_key FROM communes c JOIN provinces p ON p.code = c.province_code";

Commune from_row(const store::Row& r) {
  return {r.str(0),     r.str(1),     r.str(2),     r.str(3),     r.str(4),
          r.opt_i64(5), r.boolean(6), r.boolean(7), r.opt_i64(8), r.str(9)};
}

// The rows an actor may see: an admin every commune, a commune user its own, everyone else its province.
std::string scope_clause(const Actor& actor, store::Params& p) {
  return scope::clause(actor, p, {.province = "c.province_code = $province", .commune = "c.code = $commune"});
}

std::optional<Commune> find_in_scope(store::Connection& db, const Actor& actor, const std::string& code) {
  store::Params p{code};
  const std::string scope = scope_clause(actor, p);
  auto r = db.query(std::string(kSelect) + " WHERE c.code = $1 AND " + scope, p);
  if (r.empty()) return std::nullopt;
  return from_row(r.rows[0]);
}

std::optional<int64_t> parse_population(std::string_view s) {
  s = text::trim(s);
  int64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || ptr != s.data() + s.size() || v < 0 || v > kMaxPopulation) return std::nullopt;
  return v;
}

const char* kPopulationMessage = "Dân số phải là số nguyên từ 0 đến 10.000.000";

}  // namespace

std::vector<Province> list_provinces(store::Connection& db, const Actor& actor) {
  store::Params p;
  const std::string where =
      scope::clause(actor, p, {.province = "p.code = $province", .commune = "p.code = $province"});
  std::vector<Province> out;
  for (const auto& r : db.query("SELECT p.code, p.name, (SELECT COUNT(*) FROM communes c WHERE c.province_code = "
                                "p.code) FROM provinces p WHERE " +
                                    where + " ORDER BY p.code",
                                p)
                           .rows)
    out.push_back({r.str(0), r.str(1), r.i64(2)});
  return out;
}

std::optional<Commune> find_commune(store::Connection& db, const Actor& actor, const std::string& code) {
  store::Params p{code};
  const std::string scope = scope_clause(actor, p);
  auto r = db.query(std::string(kSelect) + " WHERE c.code = $1 AND " + scope, p);
  if (r.empty()) return std::nullopt;
  return from_row(r.rows[0]);
}

std::optional<Commune> find_commune(store::Connection& db, const std::string& code) {
  auto r = db.query(std::string(kSelect) + " WHERE c.code = $1", {code});
  if (r.empty()) return std::nullopt;
  return from_row(r.rows[0]);
}

std::vector<Commune> communes_of_province(store::Connection& db, const std::string& province) {
  store::Params p;
  std::string where;
  if (!province.empty()) {
    p.push_back(province);
    where = " WHERE c.province_code = $1";
  }
  std::vector<Commune> out;
  for (const auto& r : db.query(std::string(kSelect) + where + " ORDER BY c.code", p).rows) out.push_back(from_row(r));
  return out;
}

bool commune_in_province(store::Connection& db, const std::string& code, const std::string& province) {
  return !db.query("SELECT 1 FROM communes WHERE code = $1 AND province_code = $2", {code, province}).empty();
}

int64_t count_communes(store::Connection& db, const std::string& province) {
  return db.query("SELECT COUNT(*) FROM communes WHERE province_code = $1", {province}).one().i64(0);
}

std::vector<std::string> province_codes(store::Connection& db) {
  std::vector<std::string> out;
  for (const auto& r : db.query("SELECT code FROM provinces ORDER BY code").rows) out.push_back(r.str(0));
  return out;
}

bool province_exists(store::Connection& db, const std::string& code) {
  return !db.query("SELECT 1 FROM provinces WHERE code = $1", {code}).empty();
}

std::optional<std::string> province_name(store::Connection& db, const std::string& code) {
  auto r = db.query("SELECT name FROM provinces WHERE code = $1", {code});
  if (r.empty()) return std::nullopt;
  return r.rows[0].str(0);
}

std::string commune_name_sql(const std::string& code_column) {
  return "(SELECT cn.name FROM communes cn WHERE cn.code = " + code_column + ")";
}

std::string province_name_sql(const std::string& code_column) {
  return "(SELECT pn.name FROM provinces pn WHERE pn.code = " + code_column + ")";
}

std::string commune_search_key_sql(const std::string& code_column) {
  return "(SELECT cs.search_key FROM communes cs WHERE cs.code = " + code_column + ")";
}

void seed_demo_communes(store::Connection& db, const std::string& province) {
  for (const auto& c : db.query("SELECT code, kind FROM communes WHERE province_code = $1", {province}).rows) {
    const uint64_t h = demo_mix(std::stoull(c.str(0)));
    // Wards are denser than rural communes; roughly 1 in 5 communes is on the border, 1 in 3 remote.
    const int64_t base = c.str(1) == "phuong" ? 18000 : 7000;
    const int64_t population = base + static_cast<int64_t>(h % 22000);
    const bool border = c.str(1) == "xa" && (h >> 20) % 5 == 0;
    const bool remote = c.str(1) != "phuong" && (h >> 24) % 3 == 0;
    db.query("UPDATE communes SET population = $1, is_border = $2, is_remote = $3 WHERE code = $4",
             {population, border, remote, c.str(0)});
  }
}

CommunePage list_communes(store::Connection& db, const Actor& actor, const CommuneFilter& f) {
  store::Params p;
  std::string where = " WHERE " + scope_clause(actor, p);
  if (!f.province.empty()) where += " AND c.province_code = " + store::bind_param(p, f.province);
  if (!f.kind.empty()) where += " AND c.kind = " + store::bind_param(p, f.kind);
  if (!f.q.empty()) {
    const std::string pattern = store::bind_param(p, "%" + store::like_escape(text::search_key(f.q)) + "%");
    where += " AND (c.search_key LIKE " + pattern + " ESCAPE '\\' OR c.code = " +
             store::bind_param(p, std::string(text::trim(f.q))) + ")";
  }
  CommunePage page;
  page.total = db.query("SELECT COUNT(*) FROM communes c" + where, p).one().i64(0);
  const auto n = p.size();
  p.push_back(f.page_size);
  p.push_back(static_cast<int64_t>(f.page - 1) * f.page_size);
  auto rows = db.query(std::string(kSelect) + where + " ORDER BY c.search_key, c.code LIMIT $" +
                           std::to_string(n + 1) + " OFFSET $" + std::to_string(n + 2),
                       p);
  for (const auto& r : rows.rows) page.items.push_back(from_row(r));
  return page;
}

Commune get_commune(store::Connection& db, const Actor& actor, const std::string& code) {
  auto c = find_commune(db, actor, code);
  if (!c) throw not_found();
  return *c;
}

Commune update_commune(store::Connection& db, const Actor& actor, const std::string& code, const CommunePatch& patch) {
  store::Transaction tx(db);
  auto before = find_commune(db, actor, code);
  if (!before) throw not_found();
  if (!actor.can_edit_communes()) throw forbidden();
  if (patch.set_population && patch.population && (*patch.population < 0 || *patch.population > kMaxPopulation))
    throw bad_request("commune.population_invalid", kPopulationMessage, "population");
  Commune after = *before;
  if (patch.set_population) after.population = patch.population;
  if (patch.is_border) after.is_border = *patch.is_border;
  if (patch.is_remote) after.is_remote = *patch.is_remote;
  const int64_t now = now_seconds();
  db.query("UPDATE communes SET population = $1, is_border = $2, is_remote = $3, updated_at = $4 WHERE code = $5",
           {after.population, after.is_border, after.is_remote, now, code});
  auto e = event_by(actor, "commune.update", "commune", code);
  e.province_code = before->province_code;
  auto num = [](const std::optional<int64_t>& v) { return v ? std::to_string(*v) : std::string("null"); };
  e.detail_json = "{\"population\":[" + num(before->population) + "," + num(after.population) + "],\"is_border\":" +
                  (after.is_border ? "true" : "false") + ",\"is_remote\":" + (after.is_remote ? "true" : "false") + "}";
  append_audit(db, e);
  tx.commit();
  after.updated_at = now;
  return after;
}

int import_populations(store::Connection& db, const Actor& actor, const std::string& province, const std::string& format,
                       const std::string& content) {
  if (actor.role != Role::admin && actor.role != Role::standing_office) throw forbidden();
  const std::string prov = province.empty() ? actor.province_code : province;
  if (!scope::reaches(actor, {.province = prov})) throw not_found();
  const std::vector<text::CsvRecord> records = people::read_table(format, content);
  // Columns are found by header name, so a sheet with extra columns still imports.
  int code_col = -1, pop_col = -1;
  for (size_t i = 0; i < records[0].fields.size(); ++i) {
    const std::string h = text::search_key(records[0].fields[i]);
    if (h == "commune_code" || h == "ma xa") code_col = static_cast<int>(i);
    if (h == "population" || h == "dan so") pop_col = static_cast<int>(i);
  }
  if (code_col < 0 || pop_col < 0)
    throw bad_request("import.missing_columns", "Tệp phải có dòng tiêu đề gồm các cột commune_code và population");

  std::map<std::string, std::string> in_province;  // code → name
  for (const auto& r : db.query("SELECT code, name FROM communes WHERE province_code = $1", {prov}).rows)
    in_province[r.str(0)] = r.str(1);
  if (in_province.empty()) throw not_found();

  std::vector<RowError> errors;
  std::map<std::string, int64_t> updates;
  std::map<std::string, int> first_line;
  for (size_t i = 1; i < records.size(); ++i) {
    const auto& r = records[i];
    auto field = [&](int col) { return col < static_cast<int>(r.fields.size()) ? std::string(text::trim(r.fields[col])) : std::string(); };
    std::string code = field(code_col);
    // A number cell of a workbook drops a code's leading zeros ("70" is commune 00070).
    if (!code.empty() && code.size() < 5 && code.find_first_not_of("0123456789") == std::string::npos)
      code.insert(0, 5 - code.size(), '0');
    if (!in_province.contains(code)) {
      errors.push_back({r.line, "commune_code", "import.unknown_commune",
                        "Mã xã \"" + code + "\" không thuộc tỉnh này"});
      continue;
    }
    auto pop = parse_population(field(pop_col));
    if (!pop) {
      errors.push_back({r.line, "population", "commune.population_invalid", kPopulationMessage});
      continue;
    }
    if (first_line.contains(code)) {
      errors.push_back({r.line, "commune_code", "import.duplicate_row",
                        "Mã xã " + code + " đã có ở dòng " + std::to_string(first_line[code])});
      continue;
    }
    first_line[code] = r.line;
    updates[code] = *pop;
  }
  if (!errors.empty()) {
    // The message is built before the list is moved into the error: argument order is unspecified.
    std::string message = "Tệp có " + std::to_string(errors.size()) + " dòng lỗi; chưa có dữ liệu nào được nhập";
    throw Error(ErrorKind::refused, "import.invalid_rows", std::move(message), "", std::move(errors));
  }
  if (updates.empty()) throw bad_request("import.empty", "Tệp không có dòng dữ liệu nào");

  store::Transaction tx(db);
  const int64_t now = now_seconds();
  for (const auto& [code, pop] : updates)
    db.query("UPDATE communes SET population = $1, updated_at = $2 WHERE code = $3", {pop, now, code});
  auto e = event_by(actor, "commune.population_import", "province", prov);
  e.province_code = prov;
  e.detail_json = "{\"rows\":" + std::to_string(updates.size()) + "}";
  append_audit(db, e);
  tx.commit();
  return static_cast<int>(updates.size());
}

std::string population_template(store::Connection& db, const Actor& actor, const std::string& province) {
  if (actor.role != Role::admin && actor.role != Role::standing_office) throw forbidden();
  const std::string prov = province.empty() ? actor.province_code : province;
  if (!scope::reaches(actor, {.province = prov})) throw not_found();
  report::Sheet sheet{"Dan so", {"Mã xã", "Tên xã, phường", "Dân số"}, {}, {10, 32, 14}};
  for (const auto& r :
       db.query("SELECT code, name, population FROM communes WHERE province_code = $1 ORDER BY code", {prov}).rows) {
    std::vector<report::Cell> row{r.str(0), r.str(1)};
    if (!r.is_null(2)) row.emplace_back(r.i64(2));
    sheet.rows.push_back(std::move(row));
  }
  if (sheet.rows.empty()) throw not_found();
  return report::write_xlsx({sheet});
}

}  // namespace pcmt::app
