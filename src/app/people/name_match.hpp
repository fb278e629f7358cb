#pragma once
// How well a typed name matches a person's names: every typed word must match a different word of
// one of the names within the tolerated edits (edit_distance.hpp), in any order, so "an nguyen" and
// "nguyen van an" both find "Nguyễn Văn An". Pure: used by search and by duplicate detection.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pcmt::app::people {

struct NameMatch {
  int word_edits = 0;  // sum over the typed words
  int key_edits = 0;   // between the whole typed key and the matched name key (order, extra words)
  bool operator<(const NameMatch& o) const {
    return word_edits != o.word_edits ? word_edits < o.word_edits : key_edits < o.key_edits;
  }
};

// Words of a search key.
std::vector<std::string> split_words(const std::string& key);

// The best match of the typed words against any of `keys` (search keys of a person's names), or
// nothing when some typed word matches no word closely enough.
std::optional<NameMatch> match_name(const std::string& typed_key, const std::vector<std::string>& typed_words,
                                    const std::vector<std::string>& keys);

// The same for one typed name against many people's names: prepared once, its buffers reused, so
// scoring the thousands of candidates of a common name allocates next to nothing.
class NameMatcher {
 public:
  NameMatcher(std::string typed_key, std::vector<std::string> typed_words);
  std::optional<NameMatch> match(const std::vector<std::string>& keys);

 private:
  std::optional<int> match_words();
  std::string key_;
  std::vector<std::string> words_;
  std::vector<size_t> order_;            // typed words, longest first
  std::vector<std::string_view> name_;   // the words of the name being scored
  std::vector<bool> used_;               // name words already taken by a typed word
};

}  // namespace pcmt::app::people
