#pragma once
// Potential duplicates of a person being registered: the same personal ID, or a
// close name (name_match.hpp) with the same birth date in the same commune — the way a commune's
// list gets the same person twice under a mistyped ID.
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/people/person.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct DuplicateCandidate {
  std::optional<PersonSummary> person;  // absent when the same ID is held outside the caller's scope
  std::string why;                      // "same_id" | "similar_name"
  std::string message;                  // for a record outside the scope: all the caller is told
};

std::vector<DuplicateCandidate> find_duplicates(store::Connection& db, const Actor& actor, const Person& p,
                                                std::optional<int64_t> exclude_id = std::nullopt);

}  // namespace pcmt::app::people
