#include "app/people/state_periods.hpp"

#include "app/people/bulk_rows.hpp"
#include "app/people/lifecycle_store.hpp"
#include "app/people/rule_book.hpp"

namespace pcmt::app::people {
namespace {

// People replayed per read of events: bounds memory for a registry of millions of events.
constexpr int64_t kPeoplePerChunk = 20'000;

}  // namespace

PeriodBackfill backfill_state_periods(store::Connection& db, calendar::Date today) {
  PeriodBackfill out;
  if (!db.query("SELECT 1 FROM person_state_periods LIMIT 1").empty() ||
      db.query("SELECT 1 FROM person_events LIMIT 1").empty())
    return out;
  const LargeWriteCache cache(db);
  store::Transaction tx(db);
  const auto book = people_rule_book(db);
  const int64_t last = db.query("SELECT COALESCE(MAX(id), 0) FROM people").one().i64(0);
  for (int64_t first = 1; first <= last; first += kPeoplePerChunk) {
    const int64_t chunk_last = first + kPeoplePerChunk - 1;
    const auto people = db.query(
        "SELECT id, province_code, commune_code, birth_date FROM people WHERE id BETWEEN $1 AND $2 ORDER BY id",
        {first, chunk_last});
    auto events = load_events_of_range(db, first, chunk_last);
    DerivedRows rows;
    size_t next = 0;
    for (const auto& p : people.rows) {
      std::vector<StoredEvent> mine;
      while (next < events.size() && events[next].first < p.i64(0)) ++next;  // events of no person: none (FK)
      for (; next < events.size() && events[next].first == p.i64(0); ++next) mine.push_back(std::move(events[next].second));
      if (mine.empty()) continue;
      try {
        rows.add_periods(p.i64(0), p.str(1), p.str(2),
                         derive(mine, book, calendar::Date::parse(p.str(3)), today).report);
        ++out.people;
      } catch (const ::pcmt::people::LifecycleError&) {
        out.not_replayed.push_back(p.i64(0));
      }
    }
    rows.insert(db);
  }
  tx.commit();
  return out;
}

}  // namespace pcmt::app::people
