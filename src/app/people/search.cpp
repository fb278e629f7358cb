#include "app/people/search.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <span>

#include "app/error.hpp"
#include "app/people/access.hpp"
#include "app/people/edit_distance.hpp"
#include "app/people/name_index.hpp"
#include "app/people/name_match.hpp"
#include "app/people/person_rows.hpp"
#include "app/people/read_audit.hpp"
#include "core/people/state.hpp"
#include "core/text/normalize.hpp"
#include "store/params.hpp"
#include "store/sql.hpp"

namespace pcmt::app::people {
namespace json = boost::json;
namespace lc = ::pcmt::people;

namespace {

// The states a list or state filter stands for; empty when there is no such filter.
std::vector<std::string> wanted_states(const SearchQuery& q) {
  std::vector<std::string> out;
  if (!q.state.empty()) {
    bool known = false;
    for (auto s : lc::kAllStates) known = known || lc::state_code(s) == q.state;
    if (!known) throw bad_request("people.state_unknown", "Trạng thái không hợp lệ", "state");
    out.push_back(q.state);
  }
  if (!q.list.empty()) {
    std::vector<std::string> in_list;
    bool known = false;
    for (auto s : lc::kAllStates)
      for (auto l : lc::lists_for(s)) {
        known = known || lc::list_code(l) == q.list;
        if (lc::list_code(l) == q.list) in_list.emplace_back(lc::state_code(s));
      }
    for (auto l : {lc::PersonList::users, lc::PersonList::addicts, lc::PersonList::post_rehab})
      known = known || lc::list_code(l) == q.list;
    if (!known) throw bad_request("people.list_unknown", "Danh sách phải là users, addicts hoặc post_rehab", "list");
    if (out.empty()) return in_list;
    // Both given: the state must be on the list.
    std::vector<std::string> both;
    for (const auto& s : out)
      if (std::find(in_list.begin(), in_list.end(), s) != in_list.end()) both.push_back(s);
    return both.empty() ? std::vector<std::string>{"-"} : both;
  }
  return out;
}

std::string in_list(store::Params& params, const std::vector<std::string>& values) {
  return store::bind_list(params, values);
}

// Filters over a people row `p` (scope, province, commune, birth year, states).
std::string people_filters(const Actor& actor, const SearchQuery& q, const std::vector<std::string>& states,
                           store::Params& params) {
  std::string where = person_visible(actor, params);
  if (!q.province.empty()) where += " AND p.province_code = " + store::bind_param(params, q.province);
  if (!q.commune.empty()) where += " AND p.commune_code = " + store::bind_param(params, q.commune);
  if (q.birth_year) where += " AND p.birth_year = " + store::bind_param(params, *q.birth_year);
  if (!states.empty()) where += " AND p.state IN " + in_list(params, states);
  return where;
}

// The same scope and filters over a person_name_tokens row `t`, when they can be said there
// (a facility's scope cannot: it is a property of the person, not of the name).
std::optional<std::string> token_filters(const Actor& actor, const SearchQuery& q, store::Params& params) {
  std::string where;
  switch (actor.role) {
    case Role::admin: where = "1=1"; break;
    case Role::commune:
      where = "t.province_code = " + store::bind_param(params, actor.province_code);
      where += " AND t.commune_code = " + store::bind_param(params, actor.scope.id);
      break;
    case Role::standing_office:
    case Role::leader: where = "t.province_code = " + store::bind_param(params, actor.province_code); break;
    default: return std::nullopt;
  }
  if (!q.province.empty()) where += " AND t.province_code = " + store::bind_param(params, q.province);
  if (!q.commune.empty()) where += " AND t.commune_code = " + store::bind_param(params, q.commune);
  if (q.birth_year) where += " AND t.birth_year = " + store::bind_param(params, *q.birth_year);
  return where;
}

struct Candidate {
  int64_t id;
  NameMatch match;
  std::string key;
};

class NameSearch {
 public:
  NameSearch(store::Connection& db, const Actor& actor, const SearchQuery& q)
      : db_(db), actor_(actor), q_(q), key_(text::search_key(q.q)), words_(split_words(key_)), matcher_(key_, words_) {}

  std::vector<Candidate> run(size_t wanted) {
    // The whole name as typed is the best possible rank: with enough of those nothing else can
    // come first, and one read of the people index answers.
    read_whole_name();
    if (found_.size() < wanted) {
      auto df = vocabulary_counts(words_);
      bool all_known = true;
      std::string rarest;
      for (const auto& w : words_) {
        if (df[w] <= 0) all_known = false;
        if (rarest.empty() || df[w] < df[rarest]) rarest = w;
      }
      if (all_known) read({rarest});
      // Widened words, the most selective first; stop once the page can be filled.
      if (exact_count() < wanted)
        for (const auto& variant : cheapest_widened_word()) {
          if (found_.size() >= wanted) {
            truncated_ = true;
            break;
          }
          read({variant});
        }
    }
    std::vector<Candidate> out;
    for (auto& [id, c] : found_) out.push_back(c);
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
      if (a.match.word_edits != b.match.word_edits) return a.match.word_edits < b.match.word_edits;
      if (a.match.key_edits != b.match.key_edits) return a.match.key_edits < b.match.key_edits;
      return a.key != b.key ? a.key < b.key : a.id < b.id;
    });
    return out;
  }

  bool truncated() const { return truncated_; }
  bool usable() const { return !words_.empty(); }

 private:
  std::map<std::string, int64_t> vocabulary_counts(const std::vector<std::string>& words) {
    store::Params params;
    auto rows = db_.query("SELECT token, people FROM name_vocabulary WHERE token IN " + in_list(params, words), params);
    std::map<std::string, int64_t> out;
    for (const auto& r : rows.rows) out[r.str(0)] = r.i64(1);
    return out;
  }

  // The dictionary words within each typed word's tolerance; the typed word whose widened set is
  // carried by the fewest people drives the read, its closest and rarest variants first.
  std::vector<std::string> cheapest_widened_word() {
    auto vocab = db_.query("SELECT token, people FROM name_vocabulary WHERE people > 0");
    struct Variant {
      std::string word;
      int edits;
      int64_t people;
    };
    std::vector<Variant> best;
    int64_t best_cost = -1;
    for (const auto& w : words_) {
      std::vector<Variant> variants;
      int64_t cost = 0;
      const int limit = tolerated_edits(w);
      for (const auto& r : vocab.rows) {
        const std::string v = r.str(0);
        if (const int d = edit_distance(w, v, limit); d <= limit) {
          variants.push_back({v, d, r.i64(1)});
          cost += r.i64(1);
        }
      }
      if (best_cost < 0 || cost < best_cost) {
        best_cost = cost;
        best = std::move(variants);
      }
    }
    std::sort(best.begin(), best.end(), [](const Variant& a, const Variant& b) {
      return a.edits != b.edits ? a.edits < b.edits : a.people < b.people;
    });
    std::vector<std::string> out;
    for (auto& v : best) out.push_back(std::move(v.word));
    return out;
  }

  void read_whole_name() {
    store::Params p;
    std::string where = people_filters(actor_, q_, {}, p);
    where += " AND p.search_key = " + store::bind_param(p, key_);
    const std::string limit = store::bind_param(p, kCandidateLimit);
    auto rows = db_.query("SELECT p.id FROM people p WHERE " + where + " LIMIT " + limit, p);
    truncated_ = truncated_ || static_cast<int64_t>(rows.rows.size()) >= kCandidateLimit;
    for (const auto& r : rows.rows) consider(r.i64(0), {key_});
  }

  void read(const std::vector<std::string>& tokens) {
    // A word read before (the rarest word, again among its own variants) adds no one.
    std::vector<std::string> unread;
    for (const auto& t : tokens)
      if (read_tokens_.insert(t).second) unread.push_back(t);
    if (unread.empty()) return;
    store::Params params;
    const std::string words = in_list(params, unread);
    if (auto where = token_filters(actor_, q_, params)) {
      const std::string limit = store::bind_param(params, kCandidateLimit);
      auto rows = db_.query("SELECT t.person_id, t.name_keys FROM person_name_tokens t WHERE t.token IN " + words +
                                " AND " + *where + " LIMIT " + limit,
                            params);
      truncated_ = truncated_ || static_cast<int64_t>(rows.rows.size()) >= kCandidateLimit;
      for (const auto& r : rows.rows)
        if (!found_.contains(r.i64(0))) consider(r.i64(0), split_keys(r.str(1)));
      return;
    }
    // A facility sees only the people in its care: few, read them all and rank here.
    if (read_people_in_scope_) return;
    read_people_in_scope_ = true;
    store::Params p;
    const std::string where = people_filters(actor_, q_, {}, p);
    auto rows = db_.query("SELECT p.id, p.search_key, p.aliases FROM people p WHERE " + where, p);
    for (const auto& r : rows.rows) {
      std::vector<std::string> keys{r.str(1)};
      for (const auto& a : aliases_from_json(r.str(2))) keys.push_back(text::search_key(a));
      consider(r.i64(0), keys);
    }
  }

  void consider(int64_t id, const std::vector<std::string>& keys) {
    if (found_.contains(id)) return;
    auto m = matcher_.match(keys);
    if (!m) return;
    std::string best_key = keys.empty() ? std::string() : keys.front();
    found_.emplace(id, Candidate{id, *m, best_key});
  }

  size_t exact_count() const {
    size_t n = 0;
    for (const auto& [id, c] : found_) n += c.match.word_edits == 0 ? 1 : 0;
    return n;
  }

  store::Connection& db_;
  const Actor& actor_;
  const SearchQuery& q_;
  std::string key_;
  std::vector<std::string> words_;
  NameMatcher matcher_;
  std::map<int64_t, Candidate> found_;
  std::set<std::string> read_tokens_;
  bool truncated_ = false;
  bool read_people_in_scope_ = false;
};

std::string digits_only(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '.' || c == '-') continue;
    if (c < '0' || c > '9') return {};
    out.push_back(c);
  }
  return out;
}

void audit_search(store::Connection& db, const Actor& actor, const SearchQuery& q, const SearchResult& r) {
  std::vector<int64_t> ids;
  for (const auto& p : r.items) ids.push_back(p.id);
  // No names or ID numbers in the trail: what was typed may itself be personal data.
  json::object filters;
  if (!q.commune.empty()) filters["commune"] = q.commune;
  if (q.birth_year) filters["birth_year"] = *q.birth_year;
  if (!q.state.empty()) filters["state"] = q.state;
  if (!q.list.empty()) filters["list"] = q.list;
  filters["by"] = q.q.empty() ? "filters" : (digits_only(q.q).empty() ? "name" : "personal_id");
  const std::string reason(text::trim(q.reason));
  audit_read(db, actor, "people.search", "people", q.commune.empty() ? actor.scope.to_string() : "commune:" + q.commune,
             {{"results", r.total}, {"shown", shown_ids(ids)}, {"filters", filters}},
             reason.empty() ? std::nullopt : std::optional(text::to_nfc(reason.substr(0, 500))));
}

SearchResult page_of_ids(store::Connection& db, const Actor& actor, const std::vector<int64_t>& ids, const SearchQuery& q) {
  SearchResult r;
  r.total = static_cast<int64_t>(ids.size());
  const size_t from = static_cast<size_t>(q.page - 1) * static_cast<size_t>(q.page_size);
  if (from < ids.size()) {
    const auto to = std::min(ids.size(), from + static_cast<size_t>(q.page_size));
    r.items = summaries_by_ids(db, actor, std::vector<int64_t>(ids.begin() + from, ids.begin() + to));
  }
  return r;
}

// Keeps the ids whose person passes the state filter, in order (read in chunks).
std::vector<int64_t> with_states(store::Connection& db, const std::vector<int64_t>& ids, const std::vector<std::string>& states) {
  if (states.empty()) return ids;
  std::set<int64_t> keep;
  for (size_t start = 0; start < ids.size(); start += 500) {
    store::Params params;
    const std::string list =
        store::bind_list(params, std::span(ids).subspan(start, std::min<size_t>(500, ids.size() - start)));
    auto rows = db.query("SELECT id FROM people WHERE id IN " + list + " AND state IN " + in_list(params, states), params);
    for (const auto& row : rows.rows) keep.insert(row.i64(0));
  }
  std::vector<int64_t> out;
  for (auto id : ids)
    if (keep.contains(id)) out.push_back(id);
  return out;
}

// Whether a page of a list is found faster by walking people_by_name in name order, stopping after
// the page, than by reading every matching person through the scope's index and sorting them. SQLite
// keeps no statistics here and always takes the scope's index: a province officer's first page read
// and sorted all 20,000 people of the province. The walk passes about rows_needed × people / total
// index entries; reading and sorting costs a lookup per matching person, several entries' worth each.
// (PostgreSQL weighs this itself.) The largest id stands for the number of people: ids are dense,
// and an overestimate only makes the walk rarer.
bool walk_in_name_order(store::Connection& db, int64_t total, int64_t rows_needed) {
  if (db.engine() != store::Engine::sqlite || total == 0) return false;
  const int64_t people = db.query("SELECT COALESCE(MAX(id), 0) FROM people").one().i64(0);
  return rows_needed * people <= 4 * total * total;
}

}  // namespace

std::string people_list_filters(const Actor& actor, const SearchQuery& q, store::Params& params) {
  return people_filters(actor, q, wanted_states(q), params);
}

std::vector<PersonSummary> summaries_by_ids(store::Connection& db, const Actor& actor, const std::vector<int64_t>& ids) {
  if (ids.empty()) return {};
  store::Params params;
  const std::string list = store::bind_list(params, ids);
  // The ids drive the read, a primary-key lookup each; the scope is checked on those rows. Inside
  // CASE the scope cannot be taken for an index condition: SQLite, which keeps no statistics here,
  // would otherwise walk the scope's index range (every person of a province) to find 50 ids.
  const std::string visible = "CASE WHEN " + person_visible(actor, params) + " THEN 1 ELSE 0 END = 1";
  auto rows = db.query(
      std::string("SELECT ") + kSummaryColumns + " FROM people p WHERE p.id IN " + list + " AND " + visible, params);
  std::map<int64_t, PersonSummary> by_id;
  for (const auto& r : rows.rows) {
    auto s = summary_from_row(r, 0, actor);
    by_id.emplace(s.id, std::move(s));
  }
  std::vector<PersonSummary> out;
  for (auto id : ids)
    if (auto it = by_id.find(id); it != by_id.end()) out.push_back(it->second);
  return out;
}

SearchResult search_people(store::Connection& db, const Actor& actor, const SearchQuery& q) {
  require_read(actor);
  const auto states = wanted_states(q);
  SearchResult result;
  const std::string digits = digits_only(q.q);
  const std::string key = text::search_key(q.q);
  if (key.empty() || !digits.empty()) {
    store::Params params;
    std::string where = people_filters(actor, q, states, params);
    if (!digits.empty()) {
      if (digits.size() > 12) throw bad_request("person.id_invalid", "Số định danh cá nhân có 12 chữ số", "q");
      // The first digits of a number: a range on the unique index.
      where += " AND p.personal_id >= " + store::bind_param(params, digits);
      where += " AND p.personal_id <= " + store::bind_param(params, digits + std::string(12 - digits.size(), '9'));
    }
    result.total = db.query("SELECT COUNT(*) FROM people p WHERE " + where, params).one().i64(0);
    const int64_t skipped = static_cast<int64_t>(q.page - 1) * q.page_size;
    // Inside CASE no condition can pick an index, so SQLite walks people_by_name in order.
    if (walk_in_name_order(db, result.total, skipped + q.page_size)) where = "CASE WHEN " + where + " THEN 1 ELSE 0 END = 1";
    const std::string limit = store::bind_param(params, q.page_size);
    const std::string offset = store::bind_param(params, skipped);
    auto rows = db.query(std::string("SELECT ") + kSummaryColumns + " FROM people p WHERE " + where +
                             " ORDER BY p.search_key, p.id LIMIT " + limit + " OFFSET " + offset,
                         params);
    for (const auto& r : rows.rows) result.items.push_back(summary_from_row(r, 0, actor));
  } else {
    NameSearch search(db, actor, q);
    const size_t wanted = static_cast<size_t>(q.page) * static_cast<size_t>(q.page_size);
    const auto ranked = search.run(wanted);
    std::vector<int64_t> ids;
    std::map<int64_t, int> distance;
    for (const auto& c : ranked) {
      ids.push_back(c.id);
      distance[c.id] = c.match.word_edits;
    }
    result = page_of_ids(db, actor, with_states(db, ids, states), q);
    result.truncated = search.truncated();
    for (auto& s : result.items) s.distance = distance[s.id];
  }
  audit_search(db, actor, q, result);
  return result;
}

}  // namespace pcmt::app::people
