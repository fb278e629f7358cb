#include "app/people/state_periods.hpp"

#include "app/people/bulk_rows.hpp"
#include "app/people/lifecycle_store.hpp"
#include "app/people/rule_book.hpp"

namespace pcmt::app::people {

PeriodBackfill backfill_state_periods(store::Connection& db, calendar::Date today) {
  PeriodBackfill out;
  if (!db.query("SELECT 1 FROM person_state_periods LIMIT 1").empty() ||
      db.query("SELECT 1 FROM person_events LIMIT 1").empty())
    return out;
  const LargeWriteCache cache(db);
  store::Transaction tx(db);
  const auto book = people_rule_book(db);
  std::vector<int64_t> ids;
  for (const auto& r : db.query("SELECT DISTINCT person_id FROM person_events ORDER BY person_id").rows)
    ids.push_back(r.i64(0));
  for (size_t start = 0; start < ids.size(); start += kReplayChunk) {
    const std::vector<int64_t> chunk(ids.begin() + static_cast<std::ptrdiff_t>(start),
                                     ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), start + kReplayChunk)));
    const auto batch = replay_people(db, chunk, book, today);
    DerivedRows rows;
    for (const auto& r : batch.people) rows.add_periods(r.person_id, r.province, r.commune, r.derived.report);
    rows.insert(db);
    out.people += static_cast<int64_t>(batch.people.size());
    out.not_replayed.insert(out.not_replayed.end(), batch.refused.begin(), batch.refused.end());
  }
  tx.commit();
  return out;
}

}  // namespace pcmt::app::people
