#include "app/memory.hpp"

#include <malloc.h>

namespace pcmt::app {

void tune_allocator() {
#ifdef __GLIBC__
  // Fixed thresholds turn off glibc's adaptive ones, which rise to 32 MiB after the first large free:
  // from then on multi-megabyte buffers (request bodies, exports) would come from the arenas and stay.
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  mallopt(M_TRIM_THRESHOLD, 1024 * 1024);
#endif
}

void release_free_memory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

}  // namespace pcmt::app
