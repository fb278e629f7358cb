#include "app/files/reader_worker.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <new>
#include <stdexcept>
#include <string>

#include "app/files/reader_process.hpp"
#include "core/files/file_limits.hpp"
#include "core/plans/document_text.hpp"
#include "core/plans/plan_error.hpp"
#include "core/plans/plan_json.hpp"
#include "core/plans/plan_parser.hpp"
#include "report/xlsx_reader.hpp"

namespace pcmt::app::files {
namespace {

void limit(int resource, rlim_t value) {
  const rlimit r{value, value};
  ::setrlimit(resource, &r);
}

// Memory and CPU as the kind allows; no core dumps, no files, no more descriptors; and the first
// process the kernel ends when memory runs out, before the server.
void limit_self(const ReaderBounds& b) {
  if (const int fd = ::open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC); fd >= 0) {
    [[maybe_unused]] const auto n = ::write(fd, "1000", 4);
    ::close(fd);
  }
  limit(RLIMIT_AS, b.memory_bytes);
  // At the soft limit the kernel sends SIGXCPU (which ends the process); the hard one kills.
  const rlimit cpu{static_cast<rlim_t>(b.cpu_seconds), static_cast<rlim_t>(b.cpu_seconds + 1)};
  ::setrlimit(RLIMIT_CPU, &cpu);
  limit(RLIMIT_CORE, 0);
  limit(RLIMIT_FSIZE, 0);
  limit(RLIMIT_NOFILE, 8);
}

std::optional<std::string> read_stdin() {
  std::string in;
  char buf[64 * 1024];
  for (;;) {
    const ssize_t n = ::read(0, buf, sizeof buf);
    if (n == 0) return in;
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    in.append(buf, static_cast<size_t>(n));
    if (in.size() > kMaxReaderInput) return std::nullopt;
  }
}

bool write_stdout(std::string_view out) {
  while (!out.empty()) {
    const ssize_t n = ::write(1, out.data(), out.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    out.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

std::vector<text::CsvRecord> read_file(ReaderKind kind, std::string_view bytes) {
  if (kind == ReaderKind::xlsx_rows) return report::read_xlsx_rows(bytes);
  // The plan's JSON first, then its paragraphs (isolated_readers.cpp reads them back).
  auto paragraphs = plans::document_paragraphs(bytes);
  std::vector<text::CsvRecord> rows{{0, {plans::plan_to_json(plans::parse_plan_paragraphs(paragraphs))}}};
  for (auto& p : paragraphs) rows.push_back({0, {std::move(p)}});
  return rows;
}

std::string reply(ReaderKind kind, std::string_view bytes) {
  try {
    return encode_rows(read_file(kind, bytes));
  } catch (const plans::PlanError& e) {
    return encode_refusal(Refusal::plan, e.code(), e.what());
  } catch (const pcmt::files::FileLimitError& e) {
    return encode_refusal(Refusal::limit, e.code(), e.what());
  } catch (const std::bad_alloc&) {
    const auto e = pcmt::files::too_complex();
    return encode_refusal(Refusal::limit, e.code(), e.what());
  } catch (const std::invalid_argument& e) {
    return encode_refusal(Refusal::invalid, "", e.what());
  }
}

}  // namespace

std::optional<int> run_reader_if_asked(int argc, char** argv) {
  if (argc < 2 || std::string_view(argv[1]) != kReaderCommand) {
    enable_reader_children();
    return std::nullopt;
  }
  const auto kind = argc == 3 ? kind_named(argv[2]) : std::nullopt;
  if (!kind) return 2;
  limit_self(bounds_of(*kind));
  const auto bytes = read_stdin();
  if (!bytes) return 1;
  return write_stdout(reply(*kind, *bytes)) ? 0 : 1;
}

}  // namespace pcmt::app::files
