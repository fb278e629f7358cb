#include "app/areas/window.hpp"

#include <map>
#include <mutex>

#include "app/clock.hpp"
#include "app/error.hpp"
#include "core/areas/evaluation_window.hpp"

namespace pcmt::app::areas {

const pcmt::areas::AreaRules& rules_for_year(int year) {
  // Packs are embedded in the binary: read once per year and kept.
  static const rules::RuleBook book = rules::RuleBook::embedded();
  static std::mutex mutex;
  static std::map<int, pcmt::areas::AreaRules> cache;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(year); it != cache.end()) return it->second;
  try {
    if (year < 2000 || year > 2100) throw std::out_of_range("year");
    return cache.emplace(year, pcmt::areas::AreaRules::from_pack(pcmt::areas::areas_pack_for_year(book, year)))
        .first->second;
  } catch (const std::out_of_range&) {
    throw bad_request("area.year_invalid",
                      "Năm đánh giá " + std::to_string(year) + " không có bộ tiêu chí (QĐ 28/2025/QĐ-TTg) áp dụng",
                      "year");
  }
}

IsoWindow window_of_year(int year) {
  const auto w = pcmt::areas::evaluation_window(year, rules_for_year(year).calendar);
  return {year, pcmt::areas::to_iso(w.first_day), pcmt::areas::to_iso(w.last_day)};
}

int current_evaluation_year() {
  static const rules::RuleBook book = rules::RuleBook::embedded();
  const auto t = vn_today();
  const pcmt::areas::Date d{std::chrono::year(t.year()), std::chrono::month(static_cast<unsigned>(t.month())),
                            std::chrono::day(static_cast<unsigned>(t.day()))};
  try {
    return pcmt::areas::evaluation_year_on(book, d);
  } catch (const std::out_of_range&) {
    return t.year();
  }
}

}  // namespace pcmt::app::areas
