#pragma once
// Parameters of queries assembled from clauses: each value is appended to the parameters and the
// clause gets its placeholder, so the numbering cannot drift from the order of binding.
#include <string>

#include "store/db.hpp"

namespace pcmt::store {

// Appends `v` and returns its placeholder: "$7".
inline std::string bind_param(Params& params, Value v) {
  params.push_back(std::move(v));
  return "$" + std::to_string(params.size());
}

// "($4,$5,$6)" for the values, bound in order: an IN list. `values` is any range of what a Value
// is made from (ids, codes, Values).
template <typename Range>
std::string bind_list(Params& params, const Range& values) {
  std::string out = "(";
  for (const auto& v : values) {
    if (out.size() > 1) out += ',';
    out += bind_param(params, Value(v));
  }
  return out + ")";
}

}  // namespace pcmt::store
