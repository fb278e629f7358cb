#pragma once
#include "store/db.hpp"

namespace pcmt::app {

// Loads the shipped reference data (data/reference/): 34 provinces, 3,321 communes, and the agency
// catalogue for every province. Idempotent: names are updated, resident populations and flags kept.
struct ReferenceCounts {
  int provinces = 0, communes = 0, agencies = 0;
};
ReferenceCounts load_reference_data(store::Connection& db);

}  // namespace pcmt::app
