#pragma once
// Agency-looking phrases the catalogue does not hold ("Sở Khoa học và Công nghệ" before it is
// added, "Hội Cựu Thanh niên xung phong tỉnh"). They are reported as unknown mentions so the user
// can add them to the catalogue; they are never merged into a near name.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/words.hpp"

namespace pcmt::agencies {

// End (exclusive word index) of an agency-looking phrase starting at word i: a capitalised head
// noun of Vietnamese agency names (Sở, Ban, Hội, Cục, Chi cục, Trung tâm, ...) followed by a
// capitalised word, up to punctuation, a verb that starts the predicate, "và" before another
// agency, or 12 words. `known_at(j)` tells whether a catalogue name starts at word j.
std::optional<size_t> unknown_agency_end(const text::Words& words, size_t i,
                                         const std::function<bool(size_t)>& known_at);

// True when word i is a capitalised head noun ("Bộ" in "Bộ Công an"): a catalogue name right
// after it is part of a longer name, not a mention of its own.
bool is_head_noun(const text::Words& words, size_t i);

// True when a lower-case predicate phrase ("chỉ đạo", "phối hợp", "theo") starts at word i.
bool starts_predicate(const text::Words& words, size_t i);

// Number of words of a title before an agency name at word i ("Giám đốc" in "Giám đốc Sở Y tế",
// "Chủ tịch" in "Chủ tịch UBND cấp xã"), 0 when there is none.
size_t title_at(const text::Words& words, size_t i);
// Every title length at word i, longest first ("Trưởng Ban" and "Trưởng" before "Ban Chỉ đạo").
std::vector<size_t> titles_at(const text::Words& words, size_t i);

// Lower-case with diacritics kept ("Báo" → "báo", unlike fold which gives "bao" for "Bảo" too).
std::string lower(std::string_view utf8);

}  // namespace pcmt::agencies
