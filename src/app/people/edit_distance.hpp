#pragma once
// Edit distance between search keys, for ranking names typed with mistakes: insertions, deletions,
// substitutions and swaps of two neighbouring letters ("nguyne") each cost 1 (optimal string
// alignment). Keys are folded to ASCII for Vietnamese, so bytes are letters.
#include <string_view>

namespace pcmt::app::people {

// The distance, or `limit + 1` as soon as it is known to exceed `limit`.
int edit_distance(std::string_view a, std::string_view b, int limit = 1 << 20);

// The mistakes tolerated in one typed word: none in a one-letter word, one up to five letters,
// two beyond.
int tolerated_edits(std::string_view word);

}  // namespace pcmt::app::people
