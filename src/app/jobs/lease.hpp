#pragma once
// How long a worker's claim on a job lasts without renewal. The worker renews it every few
// seconds while it runs (and with every chunk), so a job whose server died is taken over by
// another worker — or by the same server restarted — this long after the last renewal.
#include <cstdint>

namespace pcmt::app::jobs {

constexpr int64_t kLeaseSeconds = 10;
constexpr int64_t kLeaseRenewSeconds = 3;

}  // namespace pcmt::app::jobs
