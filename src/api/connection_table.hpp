#pragma once
// The server's open connections, counted against a cap, with the idle ones (waiting for a request's
// first byte: new, or kept alive between requests) in the order they became idle. Near the cap the
// longest-idle are closed to make room, so idle sockets cannot lock out real users.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <vector>

namespace pcmt::api {

class ConnectionTable {
 public:
  using Evict = std::function<void()>;  // asks an idle connection to close; must not block
  explicit ConnectionTable(size_t cap) : cap_(cap) {}
  size_t cap() const { return cap_; }
  // The open-file limit was met below the cap (other files took descriptors, or the cap was set too
  // high): from now on the cap is what fitted, so the usual eviction keeps room.
  void lower_cap(size_t cap);

  // A new connection. At the cap the longest-idle connections are evicted to make room (a few at a
  // time, so the next ones find room too); false when none is idle, and the caller closes it.
  bool admit();
  void remove();  // a connection closed

  uint64_t idle(Evict evict);  // a connection became idle; the ticket ends its idle period
  void busy(uint64_t ticket);  // no-op for a ticket already evicted

  // Three quarters of the cap in use: deadlines shorten so that slow or idle clients leave sooner.
  bool under_pressure() const;
  // Evicts up to n of the longest-idle connections; returns how many were asked to close.
  size_t evict_idle(size_t n);
  size_t open() const { return open_; }

 private:
  std::vector<Evict> take_longest_idle(size_t n);  // with mutex_ held
  std::atomic<size_t> cap_;
  std::mutex mutex_;
  std::atomic<size_t> open_{0};  // read without the lock on every request
  uint64_t next_ticket_ = 1;
  std::map<uint64_t, Evict> idle_;  // ticket order is idle-since order
};

}  // namespace pcmt::api
