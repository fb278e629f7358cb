#include "app/reference.hpp"

#include "app/agencies.hpp"

#include <stdexcept>

#include "core/resources.hpp"
#include "core/text/csv.hpp"
#include "core/text/normalize.hpp"
#include "store/sql.hpp"

namespace pcmt::app {
namespace {

std::vector<text::CsvRecord> rows_of(std::string_view path, size_t columns) {
  auto bytes = resource(path);
  if (!bytes) throw std::runtime_error("reference file missing from the binary: " + std::string(path));
  auto records = text::parse_csv(*bytes);
  if (records.empty()) throw std::runtime_error("empty reference file " + std::string(path));
  records.erase(records.begin());  // header
  for (const auto& r : records)
    if (r.fields.size() != columns)
      throw std::runtime_error(std::string(path) + " line " + std::to_string(r.line) + ": wrong column count");
  return records;
}

// Multi-row upserts, 200 rows a statement: one round trip per row would cost ~0.3 s per load on PostgreSQL.
template <typename Fn>
void in_batches(size_t n, size_t batch, Fn fn) {
  for (size_t start = 0; start < n; start += batch) fn(start, std::min(n, start + batch));
}

int load_provinces(store::Connection& db) {
  auto rows = rows_of("data/reference/provinces.csv", 2);
  in_batches(rows.size(), 200, [&](size_t b, size_t e) {
    store::Params p;
    for (size_t i = b; i < e; ++i) {
      const std::string name = text::to_nfc(rows[i].fields[1]);
      p.insert(p.end(), {rows[i].fields[0], name, text::search_key(name)});
    }
    db.query("INSERT INTO provinces (code, name, search_key) VALUES " + store::values_placeholders(e - b, 3) +
                 " ON CONFLICT (code) DO UPDATE SET name = excluded.name, search_key = excluded.search_key",
             p);
  });
  return static_cast<int>(rows.size());
}

int load_communes(store::Connection& db) {
  auto rows = rows_of("data/reference/communes.csv", 5);
  in_batches(rows.size(), 200, [&](size_t b, size_t e) {
    store::Params p;
    for (size_t i = b; i < e; ++i) {
      const auto& f = rows[i].fields;
      const std::string name = text::to_nfc(f[1]);
      p.insert(p.end(), {f[0], f[3], name, f[2], text::search_key(name)});
    }
    db.query("INSERT INTO communes (code, province_code, name, kind, search_key) VALUES " +
                 store::values_placeholders(e - b, 5) +
                 " ON CONFLICT (code) DO UPDATE SET province_code = excluded.province_code, name = excluded.name, "
                 "kind = excluded.kind, search_key = excluded.search_key",
             p);
  });
  return static_cast<int>(rows.size());
}

}  // namespace


ReferenceCounts load_reference_data(store::Connection& db) {
  store::Transaction tx(db);
  ReferenceCounts c;
  c.provinces = load_provinces(db);
  c.communes = load_communes(db);
  c.agencies = load_agencies(db);
  tx.commit();
  return c;
}

}  // namespace pcmt::app
