#include "app/people/derived_differences.hpp"

#include <algorithm>
#include <set>

#include "app/people/access.hpp"
#include "app/people/bulk_rows.hpp"
#include "store/params.hpp"

namespace pcmt::app::people {
namespace lc = ::pcmt::people;

namespace {

// A stored cell equals a value to be written when both are NULL or both hold the same integer or
// text (the derived columns hold nothing else; Row converts libpq's text answers).
bool same_cell(const store::Row& stored, size_t i, const store::Value& fresh) {
  if (stored.is_null(i) || fresh.kind() == store::Value::Kind::null)
    return stored.is_null(i) && fresh.kind() == store::Value::Kind::null;
  if (fresh.kind() == store::Value::Kind::integer) return stored.i64(i) == fresh.integer();
  return stored.str(i) == fresh.text();
}

bool same_rows(const std::vector<store::Row>& stored, size_t s_begin, size_t s_end,
               const std::vector<store::Params>& fresh, size_t f_begin, size_t f_end) {
  if (s_end - s_begin != f_end - f_begin) return false;
  for (size_t k = 0; k < s_end - s_begin; ++k) {
    const auto& row = fresh[f_begin + k];
    for (size_t c = 0; c < row.size(); ++c)
      if (!same_cell(stored[s_begin + k], c, row[c])) return false;
  }
  return true;
}

// The end of `id`'s run of rows starting at `begin` (rows ordered by person id).
size_t run_end(const std::vector<store::Row>& rows, size_t begin, int64_t id) {
  while (begin < rows.size() && rows[begin].i64(0) == id) ++begin;
  return begin;
}
size_t run_end(const std::vector<store::Params>& rows, size_t begin, int64_t id) {
  while (begin < rows.size() && rows[begin][0].integer() == id) ++begin;
  return begin;
}

std::string column_list(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + c;
  return out;
}

}  // namespace

std::vector<int64_t> write_differences(store::Connection& db, const std::vector<Replayed>& people) {
  if (people.empty()) return {};
  store::Params params;
  std::vector<store::Value> ids;
  for (const auto& p : people) ids.emplace_back(p.person_id);
  const std::string list = store::bind_list(params, ids);
  std::set<int64_t> changed;

  DerivedRows fresh;
  for (const auto& p : people) fresh.add(p.person_id, p.province, p.commune, p.derived);
  for (const auto& table : derived_tables()) {
    const auto stored = db.query("SELECT " + column_list(table.columns) + " FROM " + table.name +
                                     " WHERE person_id IN " + list + " ORDER BY person_id, idx",
                                 params);
    auto& rows = fresh.*table.rows;
    std::vector<store::Value> rewritten;
    std::vector<store::Params> inserts;
    size_t s = 0, f = 0;
    for (const auto& p : people) {
      while (s < stored.rows.size() && stored.rows[s].i64(0) < p.person_id) ++s;  // of no listed person: none
      const size_t s_end = run_end(stored.rows, s, p.person_id), f_end = run_end(rows, f, p.person_id);
      if (!same_rows(stored.rows, s, s_end, rows, f, f_end)) {
        rewritten.emplace_back(p.person_id);
        changed.insert(p.person_id);
        std::move(rows.begin() + static_cast<std::ptrdiff_t>(f), rows.begin() + static_cast<std::ptrdiff_t>(f_end),
                  std::back_inserter(inserts));
      }
      s = s_end;
      f = f_end;
    }
    if (rewritten.empty()) continue;
    store::Params delete_params;
    db.query(std::string("DELETE FROM ") + table.name + " WHERE person_id IN " + store::bind_list(delete_params, rewritten),
             delete_params);
    insert_rows(db, table.name, table.columns, inserts);
  }

  const auto states = db.query("SELECT id, state, facility_id FROM people WHERE id IN " + list + " ORDER BY id", params);
  size_t s = 0;
  for (const auto& p : people) {
    while (s < states.rows.size() && states.rows[s].i64(0) < p.person_id) ++s;
    const std::string state(lc::state_code(p.derived.report.state));
    if (s < states.rows.size() && states.rows[s].i64(0) == p.person_id && states.rows[s].str(1) == state &&
        states.rows[s].opt_i64(2) == p.derived.facility_id)
      continue;
    db.query("UPDATE people SET state = $1, facility_id = $2 WHERE id = $3", {state, p.derived.facility_id, p.person_id});
    changed.insert(p.person_id);
  }
  return {changed.begin(), changed.end()};
}

}  // namespace pcmt::app::people
