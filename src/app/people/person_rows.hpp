#pragma once
// Reading and writing person rows: one person (registration, update) or many at once (import,
// benchmark data) through the engines' bulk insert, with their drug types and name-index words.
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/people/name_index.hpp"
#include "app/people/person.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

// Rows for many new people (ids already reserved, see id_allocation.hpp).
struct PersonRows {
  std::vector<store::Params> people, drug_types;
  NameIndexRows names;
  void add(const Person& p, std::optional<int64_t> created_by, int64_t now);
  void insert(store::Connection& db);  // consumes the rows
};

// The person if the actor may see them, else nothing. `with_photo` also loads the photo.
std::optional<Person> find_person(store::Connection& db, const Actor& actor, int64_t id, bool with_photo = false);
// Same, but 404 when not visible.
Person visible_person(store::Connection& db, const Actor& actor, int64_t id, bool with_photo = false);

// Serialises writers of one person for the rest of the transaction: PostgreSQL takes the row lock
// (READ COMMITTED would let two events each replay without the other); SQLite already has the one
// write lock. Harmless for an id the actor cannot see: the visibility check follows.
void lock_person(store::Connection& db, int64_t id);

// Rewrites the person's row, drug types and name words (inside the caller's transaction).
void update_person_row(store::Connection& db, const Person& p, int64_t now);

// The columns of kSummaryColumns (for people aliased `p`), read into a summary.
extern const std::string kSummaryColumns;
PersonSummary summary_from_row(const store::Row& r, size_t first, const Actor& actor);

std::string aliases_json(const std::vector<std::string>& aliases);
std::vector<std::string> aliases_from_json(const std::string& text);

}  // namespace pcmt::app::people
