#pragma once
// Appends a parameter and returns its placeholder ("$7"), for queries assembled from clauses.
#include <string>
#include <vector>

#include "store/db.hpp"

namespace pcmt::app::plans {

inline std::string add_param(store::Params& params, store::Value v) {
  params.push_back(std::move(v));
  return "$" + std::to_string(params.size());
}

// "$4,$5,$6" for the ids, bound in order: the inside of an IN (...) list.
inline std::string add_id_list(store::Params& params, const std::vector<int64_t>& ids) {
  std::string out;
  for (int64_t id : ids) out += (out.empty() ? "" : ",") + add_param(params, id);
  return out;
}

}  // namespace pcmt::app::plans
