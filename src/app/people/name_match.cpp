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

// The typed words, longest first (they carry the most information), ties in typed order.
std::vector<size_t> longest_first(const std::vector<std::string>& typed) {
  std::vector<size_t> order;
  order.reserve(typed.size());
  for (size_t i = 0; i < typed.size(); ++i) {
    auto at = order.end();
    while (at != order.begin() && typed[*(at - 1)].size() < typed[i].size()) --at;
    order.insert(at, i);
  }
  return order;
}

}  // namespace

std::vector<std::string> split_words(const std::string& key) {
  std::vector<std::string> out;
  split_into(key, out);
  return out;
}

std::optional<NameMatch> match_name(const std::string& typed_key, const std::vector<std::string>& typed_words,
                                    const std::vector<std::string>& keys) {
  return NameMatcher(typed_key, typed_words).match(keys);
}

NameMatcher::NameMatcher(std::string typed_key, std::vector<std::string> typed_words)
    : key_(std::move(typed_key)), words_(std::move(typed_words)), order_(longest_first(words_)) {}

std::optional<NameMatch> NameMatcher::match(const std::vector<std::string>& keys) {
  std::optional<NameMatch> best;
  for (const auto& key : keys) {
    name_.clear();
    split_into(key, name_);
    if (name_.size() < words_.size()) continue;
    auto edits = match_words();
    if (!edits) continue;
    NameMatch m{*edits, edit_distance(key_, key)};
    if (!best || m < *best) best = m;
  }
  return best;
}

// Greedy: each typed word, longest first, takes the closest name word not taken yet.
std::optional<int> NameMatcher::match_words() {
  used_.assign(name_.size(), false);
  int total = 0;
  for (size_t i : order_) {
    const int limit = tolerated_edits(words_[i]);
    int best = limit + 1;
    size_t best_j = name_.size();
    for (size_t j = 0; j < name_.size() && best > 0; ++j) {
      if (used_[j]) continue;
      const int d = edit_distance(words_[i], name_[j], limit);
      if (d < best) {
        best = d;
        best_j = j;
      }
    }
    if (best_j == name_.size()) return std::nullopt;
    used_[best_j] = true;
    total += best;
  }
  return total;
}

}  // namespace pcmt::app::people
