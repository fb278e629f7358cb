#include "app/people/rule_recompute.hpp"

#include "app/audit.hpp"
#include "app/people/bulk_rows.hpp"
#include "app/people/lifecycle_store.hpp"
#include "app/people/people_json.hpp"
#include "app/people/rule_book.hpp"

namespace pcmt::app::people {
namespace json = boost::json;

namespace {

// People per write transaction: replaying and rewriting ~0.5 ms each at 500,000 people keeps a
// chunk near a tenth of a second.
constexpr int64_t kPeoplePerChunk = 250;

}  // namespace

void run_rule_recompute(jobs::Run& run) {
  auto& db = run.db();
  const std::string pack(run.input().at("pack").as_string());
  const auto today = calendar::Date::parse(std::string(run.input().at("today").as_string())).value();
  auto& p = run.progress();
  if (run.phase().empty()) {
    const int64_t total =
        db.query("SELECT COUNT(DISTINCT person_id) FROM person_episodes WHERE pack = $1", {pack}).one().i64(0);
    p = json::object{{"after", 0}, {"recomputed", 0}, {"changed", 0}, {"refused", json::array()}};
    run.report("recompute", 0, total);
  }
  const LargeWriteCache cache(db, 1024);
  const auto book = people_rule_book(db);
  while (!run.ended()) {
    run.checkpoint();
    run.chunk([&] {
      std::vector<int64_t> ids;
      for (const auto& r : db.query("SELECT DISTINCT person_id FROM person_episodes WHERE pack = $1 AND person_id > $2 "
                                    "ORDER BY person_id LIMIT $3",
                                    {pack, p.at("after").to_number<int64_t>(), kPeoplePerChunk})
                               .rows)
        ids.push_back(r.i64(0));
      if (ids.empty()) {
        RuleChange change;
        change.pack = rule_pack_view(db, pack);
        for (const auto& id : p.at("refused").as_array()) change.now_refused.push_back(id.to_number<int64_t>());
        change.recomputed = static_cast<int>(p.at("recomputed").to_number<int64_t>());
        change.changed = static_cast<int>(p.at("changed").to_number<int64_t>());
        auto e = event_by(run.owner(), "rules.recompute", "rule_pack", pack);
        e.province_code.reset();
        e.detail_json = json::serialize(json::object{{"job", run.id()},
                                                     {"recomputed", change.recomputed},
                                                     {"changed", change.changed},
                                                     {"now_refused", change.now_refused.size()}});
        append_audit(db, e);
        run.set("recompute", run.total(), run.total());
        run.finish(to_json(change));
        return;
      }
      const auto rederived = rederive_people(db, ids, book, today);
      auto& refused = p.at("refused").as_array();
      for (auto id : rederived.refused) refused.push_back(id);
      p["after"] = ids.back();
      p["recomputed"] = p.at("recomputed").to_number<int64_t>() + static_cast<int64_t>(ids.size() - rederived.refused.size());
      p["changed"] = p.at("changed").to_number<int64_t>() + static_cast<int64_t>(rederived.changed.size());
      const int64_t done = run.done() + static_cast<int64_t>(ids.size());
      run.set("recompute", done, std::max(done, run.total()));
    });
  }
}

}  // namespace pcmt::app::people
