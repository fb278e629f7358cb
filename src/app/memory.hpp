#pragma once
// Giving freed heap memory back to the system. glibc keeps what a large import or export freed in its
// arenas for reuse, so without this the process stays at its peak size for good.

namespace pcmt::app {

// Allocator settings for a long-running server; call once at startup, before threads start.
void tune_allocator();

// Returns the heap's free pages to the system. Takes milliseconds on a large heap: call it after
// large work (a big request, a background job), not after every request.
void release_free_memory();

}  // namespace pcmt::app
