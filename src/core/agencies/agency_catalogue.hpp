#pragma once
// The agency catalogue and the matcher that recognises its agencies in running text.
//
// Matching is word by word on folded keys, so diacritics, case and the punctuation inside a name
// do not matter ("Sở GD&ĐT" = "Sở GD-ĐT"). A province name is not part of an agency's identity:
// "Công an tỉnh Nghệ An", "Công an thành phố Hà Nội" and "Công an tỉnh" are one agency, and
// "Báo Đồng Nai" is the catalogue's "Báo tỉnh". A name ending in "tỉnh" also matches without it
// ("Hội Nông dân"), marked `bare`: in a provincial plan it means the provincial body unless a
// level follows ("... cấp huyện"). Phrases that look like an agency but are not in the catalogue
// come back as unknown mentions, never as the nearest known name.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/agencies/agency.hpp"
#include "core/text/words.hpp"

namespace pcmt::agencies {

// Bad catalogue CSV. code() is "agency.catalogue_invalid"; what() is a Vietnamese message.
struct CatalogueError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
  static constexpr const char* code() { return "agency.catalogue_invalid"; }
};

struct AgencyMention {
  const Agency* agency = nullptr;        // nullptr: agency-looking phrase the catalogue lacks
  std::string name;        // canonical name, or the phrase as written without its province name
  std::string written;     // the words as they stand in the text
  size_t first_word = 0;   // [first_word, last_word) in the text::Words
  size_t last_word = 0;
  bool bare = false;       // matched a "... tỉnh" name written without "tỉnh"
  bool known() const { return agency != nullptr; }
};

class AgencyCatalogue {
 public:
  // CSV with the header "code,name,kind,aliases"; aliases are ';'-separated. Throws CatalogueError.
  static AgencyCatalogue from_csv(std::string_view csv);
  // data/reference/agencies.csv as embedded in the binary.
  static const AgencyCatalogue& embedded();

  const std::vector<Agency>& agencies() const { return agencies_; }
  const Agency* by_code(std::string_view code) const;

  // The agency a whole phrase names ("Công an tỉnh Nghệ An", "so van hoa the thao va du lich",
  // "Giám đốc Sở Y tế"), or nullptr.
  const Agency* match(std::string_view mention) const;

  // Every agency mentioned in running text, left to right, longest name first, no overlaps;
  // agency-looking phrases missing from the catalogue come back with agency == nullptr.
  std::vector<AgencyMention> find_all(std::string_view text) const;
  std::vector<AgencyMention> find_all(const text::Words& words) const;

  // The longest catalogue name starting at word i. Names written with a capital must start with
  // one in the text ("hải quan" in "giám sát hải quan" is not the agency), and a name right after
  // a head noun is part of a longer name ("Công an" in "Bộ Công an").
  std::optional<AgencyMention> known_at(const text::Words& words, size_t i) const;
  // known_at, else an unknown agency-looking phrase at word i.
  std::optional<AgencyMention> mention_at(const text::Words& words, size_t i) const;
  // A name shortened in a list, completed from the name before it: "cấp xã" in "UBND cấp huyện,
  // cấp xã", "Giáo dục và Đào tạo" in "Sở Y tế, Giáo dục và Đào tạo".
  std::optional<AgencyMention> elided_at(const text::Words& words, size_t i, const AgencyMention& previous) const;
  // A catalogue name made of `prefix` and the words from i: "Y tế" after "các sở, ngành:" is
  // "Sở" + "Y tế". The mention covers only the words taken from the text.
  std::optional<AgencyMention> prefixed_at(const text::Words& words, size_t i, std::string_view prefix) const;

 private:
  struct Node {
    std::unordered_map<std::string, int> next;
    int agency = -1;             // index into agencies_, -1 when no name ends here
    bool needs_capital = true;   // every name ending here is written with a capital
    bool bare = false;           // reached only through a name with its final "tỉnh" dropped
    bool after_punct = false;    // some name has punctuation before this word ("Sở Văn hóa, Thể thao")
  };
  struct Walk;

  void add_name(int agency, std::string_view written, bool bare);
  std::optional<AgencyMention> longest_at(const text::Words& words, size_t i, bool case_sensitive) const;

  std::vector<Agency> agencies_;
  std::vector<Node> nodes_{Node{}};
};

}  // namespace pcmt::agencies
