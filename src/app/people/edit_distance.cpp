#include "app/people/edit_distance.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace pcmt::app::people {

int edit_distance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  // Three rows: the one before the previous is needed for swaps. A search compares thousands of
  // names, so the rows live on the stack unless a key is unusually long.
  constexpr int kOnStack = 64;
  std::array<int, 3 * kOnStack> stack_rows;
  std::vector<int> heap_rows;
  int* rows = stack_rows.data();
  if (m + 1 > kOnStack) {
    heap_rows.resize(3 * static_cast<size_t>(m + 1));
    rows = heap_rows.data();
  }
  int* older = rows;
  int* prev = rows + (m + 1);
  int* cur = rows + 2 * (m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, older[j - 2] + 1);
      cur[j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > limit) return limit + 1;
    std::swap(older, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}

int tolerated_edits(std::string_view word) {
  if (word.size() <= 1) return 0;
  return word.size() <= 5 ? 1 : 2;
}

}  // namespace pcmt::app::people
