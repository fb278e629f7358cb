#pragma once
// Reading an uploaded file in a child process of this very binary (/proc/self/exe, so it works
// from any working directory and even after the binary was replaced on disk): the child limits its
// own address space and CPU time before it reads, and the parent kills it after a wall-clock bound.
// A stack overflow, a bomb or an endless loop in a file then ends that child, never the server.
#include <cstddef>
#include <optional>
#include <string_view>

#include "app/files/reader_frames.hpp"

namespace pcmt::app::files {

enum class ReaderKind { plan_document, xlsx_rows };

struct ReaderBounds {
  size_t memory_bytes;  // RLIMIT_AS of the child
  int cpu_seconds;      // RLIMIT_CPU of the child
  int wall_seconds;     // the parent's deadline, waiting included
};

const ReaderBounds& bounds_of(ReaderKind kind);
const char* name_of(ReaderKind kind);
std::optional<ReaderKind> kind_named(std::string_view name);

// The hidden first argument that makes pcmt a reader child (reader_worker.hpp).
inline constexpr const char* kReaderCommand = "__read-untrusted-file";
// Most bytes a child takes on stdin and gives back on stdout.
inline constexpr size_t kMaxReaderInput = size_t{64} << 20;
inline constexpr size_t kMaxReaderOutput = size_t{512} << 20;

// Marks this binary as one whose main() starts reader children (run_reader_if_asked).
void enable_reader_children();

// Sends `input` to a reader child and returns its reply. files::FileLimitError (file.too_complex)
// when the child died, overran a bound or answered nonsense; 503 file.busy when four readers kept
// running for the whole wall-clock bound; std::logic_error when this binary's main() does not start
// reader children.
ReaderReply run_reader(ReaderKind kind, std::string_view input);

}  // namespace pcmt::app::files
