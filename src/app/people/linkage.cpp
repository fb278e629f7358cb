#include "app/people/linkage.hpp"

#include <boost/json.hpp>
#include <set>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/people/access.hpp"
#include "app/people/read_audit.hpp"
#include "app/people/table_input.hpp"
#include "core/ids/personal_id.hpp"
#include "core/text/normalize.hpp"
#include "store/params.hpp"

namespace pcmt::app::people {
namespace json = boost::json;

namespace {

const std::vector<ColumnSpec>& specs() {
  static const std::vector<ColumnSpec> s{
      common_column("personal_id", true),
      common_column("full_name", false),
      common_column("birth_date", false),
      {"commune", "Xã, phường đăng ký cư trú",
       {"commune", "commune_code", "registered_commune", "ma xa", "xa phuong", "noi dang ky cu tru", "noi thuong tru",
        "xa"},
       true},
      common_column("address", false),
  };
  return s;
}

std::string address_key(const std::string& s) { return header_key(s); }

LinkageItem item_from_row(const store::Row& r, const Actor& actor) {
  LinkageItem it;
  it.person_id = r.i64(0);
  it.personal_id = sees_full_id_in_lists(actor) ? r.str(1) : mask_personal_id(r.str(1));
  it.full_name = r.str(2);
  it.commune_code = r.str(3);
  it.status = r.str(4);
  json::error_code ec;
  auto diff = json::parse(r.str(5), ec);
  if (!ec && diff.is_array())
    for (const auto& d : diff.as_array()) it.differences.emplace_back(d.as_string());
  it.registered_commune_code = r.opt_str(6);
  it.registered_commune_name = r.opt_str(7);
  it.registered_elsewhere = it.registered_commune_code && *it.registered_commune_code != it.commune_code;
  return it;
}

const std::string& link_select() {
  static const std::string sql =
      "SELECT p.id, p.personal_id, p.full_name, p.commune_code, l.status, l.differences, l.registered_commune_code, " +
      commune_name_sql("l.registered_commune_code") +
      " FROM person_residence_links l JOIN people p ON p.id = l.person_id";
  return sql;
}

}  // namespace

Extract read_extract(store::Connection& db, const Actor& actor, const LinkageRequest& req) {
  const auto records = read_table(req.format, req.content);
  const auto columns = map_columns(records[0].fields, specs(), req.mapping);
  Extract extract;
  // Commune names resolve inside the caller's province; codes anywhere (the extract may register a
  // person in another province).
  std::map<std::string, std::string> commune_by_name;
  std::set<std::string> commune_codes;
  for (const auto& c : communes_of_province(db, "")) {
    commune_codes.insert(c.code);
    if (c.province_code == actor.province_code) commune_by_name[header_key(c.search_key)] = c.code;
  }
  const auto today = calendar::Date(2100, 1, 1);  // the extract's IDs are checked for shape only
  for (size_t i = 1; i < records.size(); ++i) {
    const auto& rec = records[i];
    ++extract.rows;
    const std::string raw_id =
        req.format == "xlsx" ? personal_id_cell(cell(rec, columns, "personal_id")) : cell(rec, columns, "personal_id");
    const auto id = ids::check_personal_id(raw_id, today);
    if (!id.valid()) {
      extract.errors.push_back({rec.line, "personal_id", id.error->code, id.error->message});
      continue;
    }
    ExtractRow row;
    row.full_name_key = text::search_key(cell(rec, columns, "full_name"));
    if (auto d = parse_table_date(cell(rec, columns, "birth_date"))) row.birth_date = d->iso();
    const std::string commune = cell(rec, columns, "commune");
    if (commune_codes.contains(commune))
      row.commune = commune;
    else if (auto it = commune_by_name.find(header_key(commune)); it != commune_by_name.end())
      row.commune = it->second;
    else
      extract.errors.push_back({rec.line, "commune", "import.unknown_commune",
                                "Xã, phường \"" + commune + "\" không nhận được (ghi mã 5 chữ số)"});
    row.address_key = address_key(cell(rec, columns, "address"));
    extract.by_id[id.id->number] = std::move(row);
  }
  return extract;
}

namespace {

std::string compared_people(const Actor& actor, const std::string& commune, store::Params& params) {
  std::string where = person_visible(actor, params);
  if (!commune.empty()) where += " AND p.commune_code = " + store::bind_param(params, commune);
  return where;
}

}  // namespace

int64_t people_to_compare(store::Connection& db, const Actor& actor, const std::string& commune) {
  store::Params params;
  const std::string where = compared_people(actor, commune, params);
  return db.query("SELECT COUNT(*) FROM people p WHERE " + where, params).one().i64(0);
}

ComparedBatch compare_people(store::Connection& db, const Actor& actor, const Extract& extract,
                             const std::string& commune, int64_t after_id, int limit, int64_t checked_at,
                             LinkageReport& report) {
  store::Params params;
  std::string where = compared_people(actor, commune, params);
  where += " AND p.id > " + store::bind_param(params, after_id);
  auto people = db.query(
      "SELECT p.id, p.personal_id, p.full_name, p.search_key, p.birth_date, p.commune_code, p.address, p.province_code "
      "FROM people p WHERE " + where + " ORDER BY p.id LIMIT " + store::bind_param(params, static_cast<int64_t>(limit)),
      params);
  ComparedBatch batch;
  batch.last_id = after_id;
  for (const auto& r : people.rows) {
    const std::string commune_code = r.str(5);
    std::vector<std::string> differences;
    std::optional<std::string> registered;
    std::string status;
    auto found = extract.by_id.find(r.str(1));
    if (found == extract.by_id.end()) {
      status = "not_found";
      ++report.not_found;
    } else {
      const ExtractRow& x = found->second;
      if (!x.full_name_key.empty() && x.full_name_key != r.str(3)) differences.push_back("full_name");
      if (!x.birth_date.empty() && x.birth_date != r.str(4)) differences.push_back("birth_date");
      if (!x.commune.empty() && x.commune != commune_code) differences.push_back("commune");
      if (!x.address_key.empty() && x.address_key != address_key(r.str(6))) differences.push_back("address");
      if (!x.commune.empty()) registered = x.commune;
      status = differences.empty() ? "agrees" : "differs";
      (differences.empty() ? report.agrees : report.differs) += 1;
      report.elsewhere += !x.commune.empty() && x.commune != commune_code ? 1 : 0;
    }
    ++report.compared;
    json::array diff;
    for (const auto& d : differences) diff.emplace_back(d);
    batch.links.push_back({r.i64(0), r.str(7), commune_code, status, json::serialize(diff), registered, store::Value(),
                           actor.user_id, checked_at});
    batch.last_id = r.i64(0);
  }
  return batch;
}

std::vector<LinkageItem> staged_disagreements(store::Connection& db, const Actor& actor, int64_t job_id) {
  std::vector<LinkageItem> items;
  for (const auto& r : db.query("SELECT p.id, p.personal_id, p.full_name, p.commune_code, l.status, l.differences, "
                                "l.registered_commune_code, " +
                                    commune_name_sql("l.registered_commune_code") +
                                    " FROM person_residence_link_staging l JOIN people p ON p.id = l.person_id "
                                    "WHERE l.job_id = $1 AND l.status <> 'agrees' ORDER BY p.id",
                                {job_id})
                           .rows)
    items.push_back(item_from_row(r, actor));
  return items;
}

LinkagePage list_residence_links(store::Connection& db, const Actor& actor, const LinkageFilter& f) {
  require_read(actor);
  store::Params params;
  std::string where = person_visible(actor, params);
  if (!f.status.empty()) where += " AND l.status = " + store::bind_param(params, f.status);
  if (!f.commune.empty()) where += " AND p.commune_code = " + store::bind_param(params, f.commune);
  if (f.elsewhere_only) where += " AND l.registered_commune_code IS NOT NULL AND l.registered_commune_code <> p.commune_code";
  LinkagePage page;
  page.total = db.query("SELECT COUNT(*) FROM person_residence_links l JOIN people p ON p.id = l.person_id WHERE " + where,
                        params)
                   .one()
                   .i64(0);
  const std::string limit = store::bind_param(params, f.page_size);
  const std::string offset = store::bind_param(params, static_cast<int64_t>(f.page - 1) * f.page_size);
  for (const auto& r : db.query(link_select() + " WHERE " + where +
                                    " ORDER BY p.commune_code, p.search_key, p.id LIMIT " + limit + " OFFSET " + offset,
                                params)
                           .rows)
    page.items.push_back(item_from_row(r, actor));
  std::vector<int64_t> shown;
  for (const auto& it : page.items) shown.push_back(it.person_id);
  audit_read(db, actor, "people.residence_links", "people",
             f.commune.empty() ? actor.scope.to_string() : "commune:" + f.commune,
             {{"results", page.total}, {"shown", shown_ids(shown)}});
  return page;
}

}  // namespace pcmt::app::people
