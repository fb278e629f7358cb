#pragma once
// The child side of reader_process.hpp: `pcmt __read-untrusted-file KIND` limits its own memory and
// CPU time, reads the file on stdin and writes its reply (reader_frames.hpp) on stdout.
#include <optional>

namespace pcmt::app::files {

// Call first in main(). Runs the reader and returns its exit status when this process was started
// as a reader child; otherwise nothing, and the binary may start reader children from then on.
std::optional<int> run_reader_if_asked(int argc, char** argv);

}  // namespace pcmt::app::files
