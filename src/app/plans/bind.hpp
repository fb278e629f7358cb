#pragma once
// Appends a parameter and returns its placeholder ("$7"), for queries assembled from clauses.
#include <string>

#include "store/db.hpp"

namespace pcmt::app::plans {

inline std::string add_param(store::Params& params, store::Value v) {
  params.push_back(std::move(v));
  return "$" + std::to_string(params.size());
}

}  // namespace pcmt::app::plans
