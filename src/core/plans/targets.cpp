#include "core/plans/targets.hpp"

#include <array>
#include <cmath>
#include <cstdlib>

#include "core/text/normalize.hpp"
#include "core/text/words.hpp"

namespace pcmt::plans {
namespace {

using text::Words;

// Words before a number that make it a target: "ít nhất 50%", "xây dựng được 01 mô hình".
constexpr std::array<std::string_view, 7> kCountCues = {"it nhat", "toi thieu", "duoc", "dat", "phan dau", "tang", "giam"};
// Words that open the statement of a target; its text starts there.
constexpr std::array<std::string_view, 6> kOpeners = {"phan dau", "bao dam", "dam bao", "muc tieu", "chi tieu", "dat"};
// Units counted in plans, longest first.
constexpr std::array<std::string_view, 16> kUnits = {
    "lượt người", "câu lạc bộ", "đơn vị", "mô hình", "cơ sở", "đối tượng", "người", "xã", "phường",
    "buổi", "lớp", "cuộc", "vụ", "điểm", "hộ", "trường"};

bool clause_break(const Words& w, size_t i) { return w.gap_has(i, ";.:\n"); }

struct Clause {
  size_t first, last;  // words [first, last)
};

Clause clause_around(const Words& w, size_t i) {
  // Back to the clause's start, or to "và" joining two targets ("20% ... và đến hết năm 2030 có 50%").
  size_t first = i;
  while (first > 0 && !clause_break(w, first) && !w.key_is(first - 1, "va")) --first;
  size_t last = i + 1;
  constexpr size_t kMaxWords = 40;
  while (last < w.size() && !clause_break(w, last) && !w.key_is(last, "va") && last - i < kMaxWords &&
         !w.phrase_at(last, "gop phan"))
    ++last;
  // Start at the words that state the target, when the clause has them before the number.
  for (size_t k = first; k < i; ++k)
    for (std::string_view o : kOpeners)
      if (w.phrase_at(k, o)) return {k, last};
  return {first, last};
}

// The year the clause gives the target: the nearest "năm YYYY" before the number, else after it.
std::optional<int> year_in(const Words& w, Clause c, size_t number) {
  std::optional<int> before, after;
  for (size_t k = c.first; k + 1 < c.last; ++k)
    if (w.key_is(k, "nam") && w[k + 1].digits) {
      const int y = std::atoi(w[k + 1].key.c_str());
      if (y < 1990 || y > 2100) continue;
      if (k < number) before = y;
      else if (!after) after = y;
    }
  return before ? before : after;
}

std::string unit_after(const Words& w, size_t i) {
  if (i >= w.size() || w.gap_has(i, ",;.:()")) return {};
  const std::string rest(w.text().substr(w[i].begin, std::min<size_t>(40, w.text().size() - w[i].begin)));
  for (std::string_view u : kUnits)
    if (rest.compare(0, u.size(), u) == 0 && (rest.size() == u.size() || rest[u.size()] == ' ' || rest[u.size()] == ','))
      return std::string(u);
  return {};
}

}  // namespace

std::vector<Target> find_targets(const std::vector<std::string>& paragraphs, std::optional<int> default_year) {
  std::vector<Target> out;
  auto add = [&](Target t) {
    for (const auto& o : out)
      if (o.value == t.value && o.unit == t.unit && o.year == t.year) return;
    out.push_back(std::move(t));
  };
  for (const auto& p : paragraphs) {
    const Words w(p);
    for (size_t i = 0; i < w.size(); ++i) {
      if (!w[i].digits) continue;
      Target t;
      size_t number_end = i + 1;
      double value = std::atof(w[i].key.c_str());
      // "12,5%"
      if (i + 1 < w.size() && w[i + 1].digits && w.gap_before(i + 1) == "," && w.gap_before(i + 2).find('%') != std::string_view::npos) {
        value += std::atof(w[i + 1].key.c_str()) / std::pow(10.0, static_cast<double>(w[i + 1].key.size()));
        number_end = i + 2;
      }
      const bool percent = w.gap_before(number_end).find('%') != std::string_view::npos;
      if (percent) {
        t.unit.assign(1, '%');  // (assigning "%" trips a GCC 12 -Wrestrict false positive)
      } else {
        bool cued = false;
        for (size_t k = i >= 3 ? i - 3 : 0; k < i && !cued; ++k)
          for (std::string_view c : kCountCues) cued = cued || w.phrase_at(k, c) > 0;
        if (!cued || w.gap_before(i).find('/') != std::string_view::npos) continue;
        t.unit = unit_after(w, i + 1);
        if (t.unit.empty()) continue;
      }
      t.value = value;
      const Clause c = clause_around(w, i);
      t.year = year_in(w, c, i);
      if (!t.year) t.year = default_year;
      t.text = std::string(w.span(c.first, c.last));
      // Keep a closing quote or bracket: "... “không ma túy”".
      for (std::string_view close : {"”", "\"", "’", ")"})
        if (text::trim(w.gap_before(c.last)).substr(0, close.size()) == close) t.text += close;
      add(std::move(t));
      i = number_end;
    }
  }
  return out;
}

}  // namespace pcmt::plans
