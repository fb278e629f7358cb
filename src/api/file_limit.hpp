#pragma once
// Open files decide how many connections a server can hold: each socket is one.
#include <cstddef>

namespace pcmt::api {

// Raises the soft RLIMIT_NOFILE to the hard limit (the soft default, often 1024, is the usual reason a
// server stops accepting) and returns the limit now in force.
size_t raise_file_limit();

// How many connections fit in `files` descriptors, keeping the rest for database files, logs, temporary
// files and child processes.
size_t default_max_connections(size_t files);

}  // namespace pcmt::api
