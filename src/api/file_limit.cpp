#include "api/file_limit.hpp"

#include <sys/resource.h>

#include <algorithm>

namespace pcmt::api {

size_t raise_file_limit() {
  rlimit lim{};
  if (getrlimit(RLIMIT_NOFILE, &lim) != 0) return 1024;
  if (lim.rlim_cur < lim.rlim_max) {
    rlimit raised = lim;
    raised.rlim_cur = lim.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) lim = raised;
  }
  return lim.rlim_cur == RLIM_INFINITY ? size_t{1} << 20 : static_cast<size_t>(lim.rlim_cur);
}

size_t default_max_connections(size_t files) {
  const size_t reserve = std::max<size_t>(64, files / 8);
  return files > reserve + 16 ? files - reserve : 16;
}

}  // namespace pcmt::api
