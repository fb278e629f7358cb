#include "app/agencies.hpp"

#include <set>

#include "app/audit.hpp"
#include "app/error.hpp"
#include "core/resources.hpp"
#include "core/text/csv.hpp"
#include "core/text/normalize.hpp"
#include "store/sql.hpp"

namespace pcmt::app {
namespace {

const std::set<std::string>& agency_kinds() {
  static const std::set<std::string> k{"so", "ban", "nganh_doc", "doan_the", "luc_luong_vu_trang",
                                       "tu_phap", "bao_chi", "ubnd", "khac"};
  return k;
}

std::vector<std::string> split_aliases(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(';', start);
    if (end == std::string::npos) end = s.size();
    auto a = text::trim(std::string_view(s).substr(start, end - start));
    if (!a.empty()) out.push_back(text::to_nfc(a));
    start = end + 1;
  }
  return out;
}

void load_aliases(store::Connection& db, std::vector<AgencyView>& items) {
  for (auto& a : items) {
    auto r = db.query("SELECT alias FROM agency_aliases WHERE agency_id = $1 ORDER BY alias", {a.id});
    for (const auto& row : r.rows) a.aliases.push_back(row.str(0));
  }
}

void insert_aliases(store::Connection& db, int64_t agency_id, const std::vector<std::string>& aliases) {
  for (const auto& alias : aliases)
    db.query(
        "INSERT INTO agency_aliases (agency_id, alias, alias_key) VALUES ($1, $2, $3) "
        "ON CONFLICT (agency_id, alias_key) DO NOTHING",
        {agency_id, alias, text::search_key(alias)});
}

}  // namespace

int load_agencies(store::Connection& db) {
  auto bytes = resource("data/reference/agencies.csv");
  if (!bytes) throw std::runtime_error("data/reference/agencies.csv is missing from the binary");
  auto records = text::parse_csv(*bytes);
  if (!records.empty()) records.erase(records.begin());
  auto provinces = db.query("SELECT code FROM provinces ORDER BY code");
  // One multi-row statement per province for agencies and one for aliases, joined on the code.
  for (const auto& prov : provinces.rows) {
    const std::string pc = prov.str(0);
    store::Params agency_params, alias_params;
    size_t alias_rows = 0;
    for (const auto& r : records) {
      if (r.fields.size() < 3) throw std::runtime_error("agencies.csv line " + std::to_string(r.line) + ": too few columns");
      const std::string name = text::to_nfc(r.fields[1]);
      agency_params.insert(agency_params.end(), {pc, r.fields[0], name, r.fields[2], text::search_key(name)});
      if (r.fields.size() > 3)
        for (const auto& alias : split_aliases(r.fields[3])) {
          alias_params.insert(alias_params.end(), {r.fields[0], alias, text::search_key(alias)});
          ++alias_rows;
        }
    }
    if (records.empty()) continue;
    db.query("INSERT INTO agencies (province_code, code, name, kind, search_key) VALUES " +
                 store::values_placeholders(records.size(), 5) + " ON CONFLICT (province_code, code) DO NOTHING",
             agency_params);
    if (alias_rows == 0) continue;
    alias_params.push_back(pc);
    db.query("INSERT INTO agency_aliases (agency_id, alias, alias_key) SELECT a.id, v.column2, v.column3 FROM (VALUES " +
                 store::values_placeholders(alias_rows, 3) + ") AS v JOIN agencies a ON a.code = v.column1 AND "
                 "a.province_code = $" + std::to_string(alias_params.size()) +
                 " ON CONFLICT (agency_id, alias_key) DO NOTHING",
             alias_params);
  }
  return static_cast<int>(records.size());
}

AgencyPage list_agencies(store::Connection& db, const Actor& actor, const AgencyFilter& f) {
  store::Params p;
  std::string where = " WHERE a.province_code = $1";
  // Everyone works within one province; only an admin may look at another's catalogue.
  p.push_back(actor.role == Role::admin && !f.province.empty() ? f.province : actor.province_code);
  if (!f.q.empty()) {
    p.push_back("%" + store::like_escape(text::search_key(f.q)) + "%");
    where += " AND (a.search_key LIKE $2 ESCAPE '\\' OR EXISTS (SELECT 1 FROM agency_aliases x WHERE "
             "x.agency_id = a.id AND x.alias_key LIKE $2 ESCAPE '\\'))";
  }
  AgencyPage page;
  page.total = db.query("SELECT COUNT(*) FROM agencies a" + where, p).one().i64(0);
  const auto n = p.size();
  p.push_back(f.page_size);
  p.push_back(static_cast<int64_t>(f.page - 1) * f.page_size);
  auto rows = db.query("SELECT a.id, a.code, a.name, a.kind, a.province_code FROM agencies a" + where +
                           " ORDER BY a.search_key LIMIT $" + std::to_string(n + 1) + " OFFSET $" +
                           std::to_string(n + 2),
                       p);
  for (const auto& r : rows.rows) page.items.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.str(4), {}});
  load_aliases(db, page.items);
  return page;
}

std::optional<AgencyView> find_agency(store::Connection& db, int64_t id) {
  auto r = db.query("SELECT id, code, name, kind, province_code FROM agencies WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  std::vector<AgencyView> one{{r.rows[0].i64(0), r.rows[0].str(1), r.rows[0].str(2), r.rows[0].str(3),
                               r.rows[0].str(4), {}}};
  load_aliases(db, one);
  return one[0];
}

AgencyView create_agency(store::Connection& db, const Actor& actor, const NewAgency& in) {
  if (actor.role != Role::admin && actor.role != Role::standing_office) throw forbidden();
  const std::string name = text::to_nfc(text::trim(in.name));
  if (name.empty() || name.size() > 300)
    throw bad_request("agency.name_invalid", "Tên cơ quan không được để trống (tối đa 300 ký tự)", "name");
  if (!agency_kinds().contains(in.kind))
    throw bad_request("agency.kind_invalid", "Loại cơ quan không hợp lệ", "kind");
  const std::string key = text::search_key(name);
  store::Transaction tx(db);
  auto same = db.query("SELECT id FROM agencies WHERE province_code = $1 AND search_key = $2",
                       {actor.province_code, key});
  if (!same.empty()) throw conflict("agency.duplicate", "Cơ quan này đã có trong danh mục", "name");
  // A new entry gets a code of its own; catalogue codes stay reserved for the shipped list.
  auto row = db.query(
                   "INSERT INTO agencies (province_code, code, name, kind, search_key) VALUES ($1, $2, $3, $4, $5) "
                   "RETURNING id",
                   {actor.province_code, "custom_" + key, name, in.kind, key})
                 .one();
  const int64_t id = row.i64(0);
  insert_aliases(db, id, in.aliases);
  auto e = event_by(actor, "agency.create", "agency", std::to_string(id));
  append_audit(db, e);
  tx.commit();
  return find_agency(db, id).value();
}

}  // namespace pcmt::app
