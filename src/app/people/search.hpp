#pragma once
// Finding people: by personal ID (whole or its first digits), by name with or
// without diacritics and with typing mistakes, by birth year, by commune, by state or list. Every
// search is written to the audit trail with the user, the reason given and the ids shown.
//
// Names: the rarest typed word (name_vocabulary) selects candidates from person_name_tokens in one
// index range, already restricted to the caller's scope; candidates are ranked in C++ by edit
// distance (name_match.hpp). Only when that finds too few, each typed word is widened to the
// dictionary words within its tolerated edits and the cheapest word drives a second read.
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/people/person.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct SearchQuery {
  std::string q;         // name or personal ID; empty lists everyone in scope
  std::string province;  // province code filter (admin)
  std::string commune;
  std::optional<int> birth_year;
  std::string state;     // a lifecycle state code
  std::string list;      // users | addicts | post_rehab (domain rule 28)
  std::string reason;    // optional for a search, recorded with it
  int page = 1, page_size = 50;
};

struct SearchResult {
  std::vector<PersonSummary> items;
  int64_t total = 0;
  bool truncated = false;  // more candidates than were read: refine the query
};

SearchResult search_people(store::Connection& db, const Actor& actor, const SearchQuery& q);

// Candidate reads stop at this many rows (per read); the result says when it happened.
inline constexpr int64_t kCandidateLimit = 5000;

// The WHERE clause over a people row `p` for the caller's scope and the query's filters other than
// the name or number (province, commune, birth year, state, list): what an export lists.
std::string people_list_filters(const Actor& actor, const SearchQuery& q, store::Params& params);

// Summaries of these people in this order, restricted to what the actor sees.
std::vector<PersonSummary> summaries_by_ids(store::Connection& db, const Actor& actor, const std::vector<int64_t>& ids);

}  // namespace pcmt::app::people
