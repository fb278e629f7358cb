#include "app/people/name_match.hpp"

#include <algorithm>
#include <string_view>

#include "app/people/edit_distance.hpp"

namespace pcmt::app::people {
namespace {

// The words of a key as views into it: a search scores thousands of names, without copying them.
template <typename Words>
void split_into(std::string_view key, Words& out) {
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) out.emplace_back(key.substr(start, end - start));
    start = end + 1;
  }
}

// Greedy: the longest typed words pick first (they carry the most information).
std::optional<int> match_words(const std::vector<std::string>& typed, const std::vector<std::string_view>& name) {
  // A stable insertion sort: a few words, and no buffer to allocate for each of thousands of names.
  std::vector<size_t> order;
  order.reserve(typed.size());
  for (size_t i = 0; i < typed.size(); ++i) {
    auto at = order.end();
    while (at != order.begin() && typed[*(at - 1)].size() < typed[i].size()) --at;
    order.insert(at, i);
  }
  std::vector<bool> used(name.size(), false);
  int total = 0;
  for (size_t i : order) {
    const int limit = tolerated_edits(typed[i]);
    int best = limit + 1;
    size_t best_j = name.size();
    for (size_t j = 0; j < name.size() && best > 0; ++j) {
      if (used[j]) continue;
      const int d = edit_distance(typed[i], name[j], limit);
      if (d < best) {
        best = d;
        best_j = j;
      }
    }
    if (best_j == name.size()) return std::nullopt;
    used[best_j] = true;
    total += best;
  }
  return total;
}

}  // namespace

std::vector<std::string> split_words(const std::string& key) {
  std::vector<std::string> out;
  split_into(key, out);
  return out;
}

std::optional<NameMatch> match_name(const std::string& typed_key, const std::vector<std::string>& typed_words,
                                    const std::vector<std::string>& keys) {
  std::optional<NameMatch> best;
  std::vector<std::string_view> words;
  for (const auto& key : keys) {
    words.clear();
    split_into(key, words);
    if (words.size() < typed_words.size()) continue;
    auto edits = match_words(typed_words, words);
    if (!edits) continue;
    NameMatch m{*edits, edit_distance(typed_key, key)};
    if (!best || m < *best) best = m;
  }
  return best;
}

}  // namespace pcmt::app::people
