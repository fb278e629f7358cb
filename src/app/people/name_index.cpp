#include "app/people/name_index.hpp"

#include <algorithm>

#include "app/people/bulk_rows.hpp"
#include "app/people/name_match.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::people {

std::vector<std::string> name_keys(const Person& p) {
  std::vector<std::string> keys{p.search_key.empty() ? text::search_key(p.full_name) : p.search_key};
  for (const auto& a : p.aliases) {
    std::string k = text::search_key(a);
    if (!k.empty() && std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
  }
  return keys;
}

std::vector<std::string> name_words(const std::vector<std::string>& keys) {
  std::vector<std::string> words;
  for (const auto& key : keys)
    for (auto& w : split_words(key)) words.push_back(std::move(w));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

std::string join_keys(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : "|") + k;
  return out;
}

std::vector<std::string> split_keys(const std::string& joined) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t end = joined.find('|', start);
    if (end == std::string::npos) end = joined.size();
    if (end > start) out.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

void NameIndexRows::add(const Person& p) {
  const auto keys = name_keys(p);
  const std::string joined = join_keys(keys);
  for (const auto& w : name_words(keys)) {
    tokens.push_back({w, p.id, p.province_code, p.commune_code, p.birth_year, joined});
    ++vocabulary_delta[w];
  }
}

void NameIndexRows::insert(store::Connection& db) {
  if (!tokens.empty())
    insert_rows(db, "person_name_tokens",
                   {"token", "person_id", "province_code", "commune_code", "birth_year", "name_keys"}, tokens);
  for (const auto& [word, delta] : vocabulary_delta)
    db.query(
        "INSERT INTO name_vocabulary (token, people) VALUES ($1, $2) "
        "ON CONFLICT (token) DO UPDATE SET people = name_vocabulary.people + $2",
        {word, delta});
}

void unindex_names(store::Connection& db, int64_t person_id) {
  auto words = db.query("SELECT token FROM person_name_tokens WHERE person_id = $1", {person_id});
  for (const auto& w : words.rows)
    db.query("UPDATE name_vocabulary SET people = people - 1 WHERE token = $1", {w.str(0)});
  db.query("DELETE FROM person_name_tokens WHERE person_id = $1", {person_id});
}

}  // namespace pcmt::app::people
