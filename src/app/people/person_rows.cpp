#include "app/people/person_rows.hpp"

#include <boost/json.hpp>

#include "app/communes.hpp"
#include "app/error.hpp"
#include "app/people/access.hpp"
#include "app/people/bulk_rows.hpp"

namespace pcmt::app::people {
namespace json = boost::json;

const std::string kSummaryColumns = "p.id, p.personal_id, p.full_name, p.birth_date, p.sex, p.commune_code, " +
                                    commune_name_sql("p.commune_code") +
                                    ", p.province_code, p.state, p.aliases, p.facility_id";

namespace {

constexpr const char* kSelect =
    "SELECT p.id, p.personal_id, p.full_name, p.search_key, p.aliases, p.birth_date, p.birth_year, p.sex, "
    "p.province_code, p.commune_code, p.address, p.stable_residence, p.state, p.facility_id, p.created_at, "
    "p.updated_at, ";

std::vector<std::string> load_drug_types(store::Connection& db, int64_t id) {
  std::vector<std::string> out;
  for (const auto& r : db.query("SELECT drug_type FROM person_drug_types WHERE person_id = $1 ORDER BY drug_type", {id}).rows)
    out.push_back(r.str(0));
  return out;
}

}  // namespace

std::string aliases_json(const std::vector<std::string>& aliases) {
  json::array a;
  for (const auto& s : aliases) a.emplace_back(s);
  return json::serialize(a);
}

std::vector<std::string> aliases_from_json(const std::string& text) {
  std::vector<std::string> out;
  json::error_code ec;
  auto v = json::parse(text, ec);
  if (!ec && v.is_array())
    for (const auto& x : v.as_array())
      if (x.is_string()) out.emplace_back(x.as_string());
  return out;
}

void PersonRows::add(const Person& p, std::optional<int64_t> created_by, int64_t now) {
  people.push_back({p.id, p.personal_id, p.full_name, p.search_key, aliases_json(p.aliases), p.birth_date,
                    p.birth_year, p.sex, p.province_code, p.commune_code, p.address, p.stable_residence, p.photo,
                    p.state, p.facility_id, created_by, now, now});
  for (const auto& t : p.drug_types) drug_types.push_back({p.id, t});
  names.add(p);
}

void PersonRows::insert(store::Connection& db) {
  if (!people.empty())
    insert_rows(db, "people",
                   {"id", "personal_id", "full_name", "search_key", "aliases", "birth_date", "birth_year", "sex",
                    "province_code", "commune_code", "address", "stable_residence", "photo", "state", "facility_id",
                    "created_by", "created_at", "updated_at"},
                   people);
  if (!drug_types.empty()) insert_rows(db, "person_drug_types", {"person_id", "drug_type"}, drug_types);
  names.insert(db);
}

std::optional<Person> find_person(store::Connection& db, const Actor& actor, int64_t id, bool with_photo) {
  store::Params params{id};
  const std::string visible = person_visible(actor, params);
  auto r = db.query(std::string(kSelect) + (with_photo ? "p.photo" : "NULL") + " FROM people p WHERE p.id = $1 AND " +
                        visible,
                    params);
  if (r.empty()) return std::nullopt;
  const auto& row = r.rows[0];
  Person p;
  p.id = row.i64(0);
  p.personal_id = row.str(1);
  p.full_name = row.str(2);
  p.search_key = row.str(3);
  p.aliases = aliases_from_json(row.str(4));
  p.birth_date = row.str(5);
  p.birth_year = static_cast<int>(row.i64(6));
  p.sex = row.str(7);
  p.province_code = row.str(8);
  p.commune_code = row.str(9);
  p.address = row.str(10);
  p.stable_residence = row.boolean(11);
  p.state = row.str(12);
  p.facility_id = row.opt_i64(13);
  p.created_at = row.i64(14);
  p.updated_at = row.i64(15);
  p.photo = row.opt_str(16);
  p.drug_types = load_drug_types(db, p.id);
  return p;
}

Person visible_person(store::Connection& db, const Actor& actor, int64_t id, bool with_photo) {
  auto p = find_person(db, actor, id, with_photo);
  if (!p) throw not_found();
  return *p;
}

void lock_person(store::Connection& db, int64_t id) {
  db.query("UPDATE people SET updated_at = updated_at WHERE id = $1", {id});
}

void update_person_row(store::Connection& db, const Person& p, int64_t now) {
  db.query(
      "UPDATE people SET personal_id = $1, full_name = $2, search_key = $3, aliases = $4, birth_date = $5, "
      "birth_year = $6, sex = $7, province_code = $8, commune_code = $9, address = $10, stable_residence = $11, "
      "photo = $12, updated_at = $13 WHERE id = $14",
      {p.personal_id, p.full_name, p.search_key, aliases_json(p.aliases), p.birth_date, p.birth_year, p.sex,
       p.province_code, p.commune_code, p.address, p.stable_residence, p.photo, now, p.id});
  // The worklist reads deadlines by commune, the classification state periods: they follow the person.
  for (const char* table : {"person_deadlines", "person_state_periods"})
    db.query(std::string("UPDATE ") + table + " SET province_code = $1, commune_code = $2 WHERE person_id = $3",
             {p.province_code, p.commune_code, p.id});
  db.query("DELETE FROM person_drug_types WHERE person_id = $1", {p.id});
  for (const auto& t : p.drug_types)
    db.query("INSERT INTO person_drug_types (person_id, drug_type) VALUES ($1, $2)", {p.id, t});
  unindex_names(db, p.id);
  NameIndexRows names;
  names.add(p);
  names.insert(db);
}

PersonSummary summary_from_row(const store::Row& r, size_t f, const Actor& actor) {
  PersonSummary s;
  s.id = r.i64(f);
  s.personal_id = sees_full_id_in_lists(actor) ? r.str(f + 1) : mask_personal_id(r.str(f + 1));
  s.full_name = r.str(f + 2);
  s.birth_date = r.str(f + 3);
  s.sex = r.str(f + 4);
  s.commune_code = r.str(f + 5);
  s.commune_name = r.str(f + 6);
  s.province_code = r.str(f + 7);
  s.state = r.str(f + 8);
  s.aliases = aliases_from_json(r.str(f + 9));
  s.facility_id = r.opt_i64(f + 10);
  return s;
}

}  // namespace pcmt::app::people
