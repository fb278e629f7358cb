#pragma once
// Drug-free share of a province's communes and its comparison with a roadmap target
// (domain rule 10: drug-free communes / all xã, phường, đặc khu; national goal ≥ 50% by 2030,
// provincial plans set yearly values as a count or a percentage).
#include <cstdint>

namespace pcmt::areas {

struct DrugFreeTarget {
  enum class Kind { count, share_bp } kind = Kind::share_bp;
  int64_t value = 0;  // communes, or basis points of all communes (5000 = 50%)
};

struct DrugFreeProgress {
  int64_t drug_free = 0, total = 0;
  double share_percent = 0;     // for display
  int64_t target_communes = 0;  // the smallest number of drug-free communes that meets the target
  bool meets_target = false;
  int64_t communes_short = 0;   // how many more drug-free communes the target needs (0 when met)
};

// Throws std::invalid_argument when total <= 0, drug_free is outside [0, total] or the
// target is negative or above all communes.
DrugFreeProgress drug_free_progress(int64_t drug_free, int64_t total, DrugFreeTarget target);

}  // namespace pcmt::areas
