#include "app/people/duplicates.hpp"

#include "app/people/access.hpp"
#include "app/people/name_index.hpp"
#include "app/people/name_match.hpp"
#include "app/people/person_rows.hpp"
#include "app/people/registered_ids.hpp"
#include "app/people/search.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::people {

std::vector<DuplicateCandidate> find_duplicates(store::Connection& db, const Actor& actor, const Person& p,
                                                std::optional<int64_t> exclude_id) {
  std::vector<DuplicateCandidate> out;
  std::optional<int64_t> same_id;
  if (auto holder = id_holder(db, actor, p.personal_id, exclude_id)) {
    same_id = holder->person_id;
    auto shown = holder->visible ? summaries_by_ids(db, actor, {*same_id}) : std::vector<PersonSummary>{};
    if (!shown.empty())
      out.push_back({std::move(shown[0]), "same_id", ""});
    else
      out.push_back({std::nullopt, "same_id", registered_elsewhere_message(*holder)});
  }
  store::Params params{p.commune_code, p.birth_date};
  const std::string visible = person_visible(actor, params);
  auto rows = db.query(std::string("SELECT ") + kSummaryColumns +
                           ", p.search_key FROM people p "
                           "WHERE p.commune_code = $1 AND p.birth_date = $2 AND " +
                           visible + " ORDER BY p.id",
                       params);
  for (const auto& r : rows.rows) {
    auto s = summary_from_row(r, 0, actor);
    if (s.id == exclude_id.value_or(-1) || s.id == same_id.value_or(-1)) continue;
    std::vector<std::string> keys{r.str(11)};
    for (const auto& a : s.aliases) keys.push_back(text::search_key(a));
    // Either name may hold words the other lacks (a middle name left out): try both ways.
    bool similar = false;
    for (const auto& mine : name_keys(p)) {
      similar = similar || match_name(mine, split_words(mine), keys).has_value();
      for (const auto& theirs : keys) similar = similar || match_name(theirs, split_words(theirs), {mine}).has_value();
    }
    if (similar) out.push_back({std::move(s), "similar_name", ""});
  }
  return out;
}

}  // namespace pcmt::app::people
