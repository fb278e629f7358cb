#include "core/plans/issuing_province.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/text/normalize.hpp"
#include "core/text/words.hpp"

namespace pcmt::plans {
namespace {

// Folded keys of the words (text::Words: no accents, lower case, punctuation between words).
std::vector<std::string> words_of(std::string_view s) {
  const text::Words words(s);
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) out.push_back(words[i].key);
  return out;
}

struct Name {
  std::vector<std::string> words;
  const agencies::Province* province;
};

std::vector<Name> build_names() {
  std::vector<Name> names;
  for (const auto& p : agencies::provinces_in_force()) {
    auto w = words_of(p.name);
    // A centrally-run city is also named without "Thành phố": "Hà Nội, ngày ...".
    if (w.size() > 2 && w[0] == "thanh" && w[1] == "pho") w.erase(w.begin(), w.begin() + 2);
    names.push_back({std::move(w), &p});
  }
  for (const auto& f : agencies::former_provinces())
    if (const auto* now = agencies::province_by_code(f.now_in)) names.push_back({words_of(f.name), now});
  // Longest first: "Thừa Thiên Huế" before "Huế".
  std::stable_sort(names.begin(), names.end(), [](const Name& a, const Name& b) { return a.words.size() > b.words.size(); });
  return names;
}

}  // namespace

const agencies::Province* province_named(std::string_view line) {
  static const std::vector<Name> names = build_names();
  const auto words = words_of(text::to_nfc(line));  // a user's issuer line may come decomposed
  for (const auto& n : names)
    if (!n.words.empty() && std::search(words.begin(), words.end(), n.words.begin(), n.words.end()) != words.end())
      return n.province;
  return nullptr;
}

const agencies::Province* issuing_province(const DocumentHeader& header) {
  if (const auto* p = province_named(header.issuer)) return p;
  return province_named(header.place);
}

}  // namespace pcmt::plans
