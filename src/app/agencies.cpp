#include "app/agencies.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "core/agencies/agency_catalogue.hpp"
#include "core/text/normalize.hpp"
#include "store/params.hpp"
#include "store/sql.hpp"

namespace pcmt::app {
namespace {

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
  // The core catalogue parses and validates the shipped CSV; names, aliases and their search keys
  // are computed once here and bound for every province.
  const auto& catalogue = agencies::AgencyCatalogue::embedded().agencies();
  if (catalogue.empty()) return 0;
  store::Params agency_rows, alias_rows;
  size_t alias_count = 0;
  for (const auto& a : catalogue) {
    agency_rows.insert(agency_rows.end(), {a.code, a.name, a.kind, text::search_key(a.name)});
    for (const auto& alias : a.aliases) {
      alias_rows.insert(alias_rows.end(), {a.code, alias, text::search_key(alias)});
      ++alias_count;
    }
  }
  // One multi-row statement per province for agencies and one for aliases, joined on the code.
  for (const std::string& pc : province_codes(db)) {
    store::Params agency_params;
    for (size_t i = 0; i < agency_rows.size(); i += 4) {
      agency_params.push_back(pc);
      agency_params.insert(agency_params.end(), agency_rows.begin() + static_cast<long>(i),
                           agency_rows.begin() + static_cast<long>(i + 4));
    }
    db.query("INSERT INTO agencies (province_code, code, name, kind, search_key) VALUES " +
                 store::values_placeholders(catalogue.size(), 5) + " ON CONFLICT (province_code, code) DO NOTHING",
             agency_params);
    if (alias_count == 0) continue;
    store::Params alias_params = alias_rows;
    const std::string province = store::bind_param(alias_params, pc);
    db.query("INSERT INTO agency_aliases (agency_id, alias, alias_key) SELECT a.id, v.column2, v.column3 FROM (VALUES " +
                 store::values_placeholders(alias_count, 3) + ") AS v JOIN agencies a ON a.code = v.column1 AND "
                 "a.province_code = " + province + " ON CONFLICT (agency_id, alias_key) DO NOTHING",
             alias_params);
  }
  return static_cast<int>(catalogue.size());
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

bool agency_in_province(store::Connection& db, int64_t id, const std::string& province) {
  return !db.query("SELECT 1 FROM agencies WHERE id = $1 AND province_code = $2", {id, province}).empty();
}

std::optional<int64_t> agency_by_key(store::Connection& db, const std::string& province, const std::string& key) {
  auto r = db.query(
      "SELECT a.id FROM agencies a WHERE a.province_code = $1 AND (a.search_key = $2 OR EXISTS (SELECT 1 FROM "
      "agency_aliases x WHERE x.agency_id = a.id AND x.alias_key = $2)) ORDER BY a.id LIMIT 1",
      {province, key});
  if (r.empty()) return std::nullopt;
  return r.rows[0].i64(0);
}

std::optional<int64_t> agency_by_code(store::Connection& db, const std::string& province, const std::string& code) {
  auto r = db.query("SELECT id FROM agencies WHERE province_code = $1 AND code = $2", {province, code});
  if (r.empty()) return std::nullopt;
  return r.rows[0].i64(0);
}

std::optional<int64_t> first_agency(store::Connection& db, const std::string& province) {
  auto r = db.query("SELECT id FROM agencies WHERE province_code = $1 ORDER BY id LIMIT 1", {province});
  if (r.empty()) return std::nullopt;
  return r.rows[0].i64(0);
}

std::string agency_name_sql(const std::string& id_column) {
  return "(SELECT an.name FROM agencies an WHERE an.id = " + id_column + ")";
}

std::map<int64_t, std::string> agency_names(store::Connection& db, const std::vector<int64_t>& ids) {
  std::map<int64_t, std::string> out;
  if (ids.empty()) return out;
  store::Params p;
  std::string list;
  for (int64_t id : ids) {
    p.push_back(id);
    list += (list.empty() ? "$" : ",$") + std::to_string(p.size());
  }
  for (const auto& r : db.query("SELECT id, name FROM agencies WHERE id IN (" + list + ")", p).rows)
    out[r.i64(0)] = r.str(1);
  return out;
}

std::string agencies_of_province_sql(const std::string& province) {
  return "(SELECT ap.id FROM agencies ap WHERE ap.province_code = " + province + ")";
}

int64_t add_agency_named_by_plan(store::Connection& db, const Actor& actor, const std::string& province,
                                 const std::string& name, const std::string& kind) {
  const std::string key = text::search_key(name);
  const int64_t id = db.query(
                           "INSERT INTO agencies (province_code, code, name, kind, search_key) VALUES ($1, $2, $3, "
                           "$4, $5) RETURNING id",
                           {province, "custom_" + key, name, kind, key})
                         .one()
                         .i64(0);
  auto e = event_by(actor, "agency.create", "agency", std::to_string(id));
  e.province_code = province;
  e.detail_json = boost::json::serialize(boost::json::object{{"name", name}, {"kind", kind}, {"via", "plan"}});
  append_audit(db, e);
  return id;
}

AgencyView create_agency(store::Connection& db, const Actor& actor, const NewAgency& in) {
  if (actor.role != Role::admin && actor.role != Role::standing_office) throw forbidden();
  const std::string name = text::to_nfc(text::trim(in.name));
  if (name.empty() || name.size() > 300)
    throw bad_request("agency.name_invalid", "Tên cơ quan không được để trống (tối đa 300 ký tự)", "name");
  if (!agencies::is_agency_kind(in.kind))
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
