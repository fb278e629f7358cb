#pragma once
// The name-search index: one row per distinct word of a person's full name and aliases (search-key
// form: lower-case, no diacritics, đ→d) in person_name_tokens, and the dictionary of words with how
// many people carry each (name_vocabulary). Written with the person, in the same transaction.
#include <map>
#include <string>
#include <vector>

#include "app/people/person.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

// Search keys of a person's names: the full name first, then each alias.
std::vector<std::string> name_keys(const Person& p);
// The distinct words of those keys.
std::vector<std::string> name_words(const std::vector<std::string>& keys);
// "key1|key2|..." as stored with each word.
std::string join_keys(const std::vector<std::string>& keys);
std::vector<std::string> split_keys(const std::string& joined);

// Rows for person_name_tokens and the vocabulary counts, gathered for many people at once.
struct NameIndexRows {
  std::vector<store::Params> tokens;
  std::map<std::string, int64_t> vocabulary_delta;
  void add(const Person& p);
  void insert(store::Connection& db);  // consumes the rows
};

// Removes the person's words (before a rename, a move, a merge); the counts go down.
void unindex_names(store::Connection& db, int64_t person_id);

}  // namespace pcmt::app::people
