#include "app/files/reader_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <semaphore>
#include <stdexcept>
#include <string>

#include "app/error.hpp"
#include "core/files/file_limits.hpp"

namespace pcmt::app::files {
namespace {

// A 100,000-row workbook (36 MiB of sheet XML) peaks at 430 MB and under 1 s of CPU in the child,
// a plan document at tens of MB (BENCHMARKS.md). The bounds leave room above those and stop a hostile
// file before it hurts the machine.
constexpr ReaderBounds kPlanBounds{size_t{512} << 20, 10, 20};
constexpr ReaderBounds kXlsxBounds{size_t{2} << 30, 30, 60};

std::atomic<bool> children_enabled{false};

// Readers at once: each may take its memory bound, so their number is bounded too.
std::counting_semaphore<> reader_slots(4);

class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(Fd&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

// Both ends of a stream socket; a socket (not a pipe) so the parent's writes can say MSG_NOSIGNAL
// when the child is gone, without touching the server's SIGPIPE disposition.
std::pair<Fd, Fd> socket_pair() {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) throw std::runtime_error("socketpair failed");
  return {Fd(fds[0]), Fd(fds[1])};
}

// The child, killed and reaped whatever happens to the parent's thread.
class Child {
 public:
  explicit Child(pid_t pid) : pid_(pid) {}
  ~Child() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      wait_blocking();
    }
  }
  // The exit status once the child ended, nothing while it runs.
  std::optional<int> poll_exit() {
    int status = 0;
    const pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      pid_ = -1;
      return status;
    }
    return std::nullopt;
  }

 private:
  void wait_blocking() {
    int status;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
  }
  pid_t pid_;
};

pid_t spawn(ReaderKind kind, int child_in, int child_out) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, child_in, 0);
  posix_spawn_file_actions_adddup2(&actions, child_out, 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  // Nothing of the server (listening socket, database connections) reaches the child.
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigfillset(&defaults);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  std::string exe = "/proc/self/exe", command = kReaderCommand, name = name_of(kind);
  char* argv[] = {exe.data(), command.data(), name.data(), nullptr};
  char* envp[] = {nullptr};  // the server's environment (database URL, ...) stays with the server
  pid_t pid = -1;
  const int rc = ::posix_spawn(&pid, exe.c_str(), &actions, &attr, argv, envp);
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start a reader process");
  return pid;
}

}  // namespace

const ReaderBounds& bounds_of(ReaderKind kind) { return kind == ReaderKind::plan_document ? kPlanBounds : kXlsxBounds; }

const char* name_of(ReaderKind kind) { return kind == ReaderKind::plan_document ? "plan-document" : "xlsx-rows"; }

std::optional<ReaderKind> kind_named(std::string_view name) {
  for (auto kind : {ReaderKind::plan_document, ReaderKind::xlsx_rows})
    if (name == name_of(kind)) return kind;
  return std::nullopt;
}

void enable_reader_children() { children_enabled = true; }

ReaderReply run_reader(ReaderKind kind, std::string_view input) {
  if (!children_enabled) throw std::logic_error("this binary's main() does not start reader children");
  if (input.size() > kMaxReaderInput) throw pcmt::files::too_large();
  const auto wall = std::chrono::seconds(bounds_of(kind).wall_seconds);
  if (!reader_slots.try_acquire_for(wall))
    throw Error(ErrorKind::unavailable, "file.busy", "Máy chủ đang đọc nhiều tệp khác; hãy thử lại sau ít phút");
  const struct Release {
    ~Release() { reader_slots.release(); }
  } release;
  const auto deadline = std::chrono::steady_clock::now() + wall;
  auto [in, child_in] = socket_pair();
  auto [out, child_out] = socket_pair();
  Child child(spawn(kind, child_in.get(), child_out.get()));
  child_in.reset();
  child_out.reset();
  ::shutdown(out.get(), SHUT_WR);
  ::fcntl(in.get(), F_SETFL, O_NONBLOCK);

  std::string output;
  size_t sent = 0;
  bool output_done = false;
  std::optional<int> status;
  char buf[64 * 1024];
  while (!status) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) throw pcmt::files::too_complex();  // ~Child kills it
    if (output_done) {
      // The child closed its output; it is exiting. Look again shortly.
      status = child.poll_exit();
      if (!status) ::poll(nullptr, 0, 2);
      continue;
    }
    pollfd fds[2] = {{out.get(), POLLIN, 0}, {in.get(), POLLOUT, 0}};
    const nfds_t n = sent < input.size() && in.get() >= 0 ? 2 : 1;
    if (::poll(fds, n, static_cast<int>(std::min<int64_t>(left.count(), 1000))) < 0 && errno != EINTR)
      throw std::runtime_error("poll failed");
    if (n == 2 && fds[1].revents) {
      const ssize_t w = ::send(in.get(), input.data() + sent, input.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (w > 0) sent += static_cast<size_t>(w);
      if (w < 0 && errno != EAGAIN && errno != EINTR) in.reset();  // the child stopped reading: its reply says why
      if (sent == input.size()) in.reset();                         // end of input for the child
    }
    if (fds[0].revents) {
      const ssize_t r = ::read(out.get(), buf, sizeof buf);
      if (r > 0) {
        output.append(buf, static_cast<size_t>(r));
        if (output.size() > kMaxReaderOutput) throw pcmt::files::too_complex();
      } else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
        output_done = true;
      }
    }
  }
  if (!WIFEXITED(*status) || WEXITSTATUS(*status) != 0) throw pcmt::files::too_complex();
  return decode_reply(output);
}

}  // namespace pcmt::app::files
