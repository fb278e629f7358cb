#include "api/connection_table.hpp"

#include <algorithm>
#include <vector>

namespace pcmt::api {

std::vector<ConnectionTable::Evict> ConnectionTable::take_longest_idle(size_t n) {
  std::vector<Evict> taken;
  while (!idle_.empty() && taken.size() < n) {
    taken.push_back(std::move(idle_.begin()->second));
    idle_.erase(idle_.begin());
  }
  return taken;
}

bool ConnectionTable::admit() {
  std::vector<Evict> evicted;
  {
    std::lock_guard lock(mutex_);
    if (open_ >= cap_) {
      if (idle_.empty()) return false;
      // Evicted connections close asynchronously; freeing a batch keeps the count from sitting on the cap.
      evicted = take_longest_idle(std::max<size_t>(1, cap_ / 64));
    }
    ++open_;
  }
  for (auto& e : evicted) e();  // outside the lock: an eviction posts work to the connection
  return true;
}

void ConnectionTable::remove() { --open_; }

void ConnectionTable::lower_cap(size_t cap) {
  size_t now = cap_;
  cap = std::max<size_t>(cap, 1);
  while (cap < now && !cap_.compare_exchange_weak(now, cap)) {
  }
}

uint64_t ConnectionTable::idle(Evict evict) {
  std::lock_guard lock(mutex_);
  const uint64_t ticket = next_ticket_++;
  idle_.emplace(ticket, std::move(evict));
  return ticket;
}

void ConnectionTable::busy(uint64_t ticket) {
  std::lock_guard lock(mutex_);
  idle_.erase(ticket);
}

bool ConnectionTable::under_pressure() const { return open_ * 4 >= cap_ * 3; }

size_t ConnectionTable::evict_idle(size_t n) {
  std::vector<Evict> evicted;
  {
    std::lock_guard lock(mutex_);
    evicted = take_longest_idle(n);
  }
  for (auto& e : evicted) e();
  return evicted.size();
}

}  // namespace pcmt::api
