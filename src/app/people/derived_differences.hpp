#pragma once
// Writing a replayed batch over the stored derived rows, only where they differ. A rule value
// usually changes a few people's deadlines (a post-rehab length, people with a post-rehab episode),
// while replaying everyone under the pack is cheap in memory: comparing the new rows with the stored
// ones keeps the write — and SQLite's single writer — to the people and tables that actually change,
// and the result is still exactly that of a full rewrite.
#include <vector>

#include "app/people/lifecycle_store.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

// For each person of `people` (ascending ids, at most kReplayChunk) and each derived table, the
// stored rows are replaced by the new ones when any row or column differs; people.state and
// facility_id are updated when they differ. Inside the caller's transaction. Returns the ids of
// the people with anything rewritten, ascending.
std::vector<int64_t> write_differences(store::Connection& db, const std::vector<Replayed>& people);

}  // namespace pcmt::app::people
