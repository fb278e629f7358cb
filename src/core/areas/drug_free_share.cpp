#include "core/areas/drug_free_share.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/areas/rate.hpp"

namespace pcmt::areas {

DrugFreeProgress drug_free_progress(int64_t drug_free, int64_t total, DrugFreeTarget target) {
  if (total <= 0) throw std::invalid_argument("drug-free share needs at least one commune");
  if (drug_free < 0 || drug_free > total) throw std::invalid_argument("drug-free communes must be between 0 and all communes");
  const bool is_count = target.kind == DrugFreeTarget::Kind::count;
  if (target.value < 0 || target.value > (is_count ? total : kBasisPointsPerUnit))
    throw std::invalid_argument("drug-free target must be between 0 and all communes");
  DrugFreeProgress p;
  p.drug_free = drug_free;
  p.total = total;
  p.share_percent = 100.0 * static_cast<double>(drug_free) / static_cast<double>(total);
  // A share target of x bp needs ceil(x * total / 10000) communes, in exact integers.
  p.target_communes = is_count ? target.value : (target.value * total + kBasisPointsPerUnit - 1) / kBasisPointsPerUnit;
  p.meets_target = drug_free >= p.target_communes;
  p.communes_short = std::max<int64_t>(0, p.target_communes - drug_free);
  return p;
}

}  // namespace pcmt::areas
