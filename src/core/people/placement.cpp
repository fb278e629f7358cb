#include "core/people/placement.hpp"

namespace pcmt::people {
namespace {

using enum Placement;

constexpr PlacementRule kRules[] = {
    {"compulsory_admission", "", "", rehab_facility},  // ND 116/2021 Art. 54
    // Law 73/2021 Arts. 30–31, 41: the form of rehabilitation chosen.
    {"rehab_start", "form", "substitution", substitution_facility},
    {"rehab_start", "form", "facility", rehab_facility},
    {"rehab_start", "", "", home},
    // ND 116/2021 Arts. 44–49: where the person awaits the decision.
    {"pending_management_start", "place", "facility", rehab_facility},
    {"pending_management_start", "", "", home},
    // A list taken over: the state the person was in.
    {"taken_over", "state", "substitution", substitution_facility},
    {"taken_over", "state", "voluntary_facility", rehab_facility},
    {"taken_over", "state", "compulsory_facility", rehab_facility},
    {"taken_over", "", "", home},
};

std::string_view text(const boost::json::object& fields, std::string_view key) {
  const auto* v = fields.if_contains(key);
  return v && v->is_string() ? std::string_view(v->as_string()) : std::string_view();
}

}  // namespace

std::span<const PlacementRule> placement_rules() { return kRules; }

Placement placement_of(std::string_view type, const boost::json::object& fields) {
  for (const auto& r : kRules)
    if (r.type == type && (r.field.empty() || text(fields, r.field) == r.value)) return r.placement;
  return none;
}

std::string_view placement_code(Placement p) {
  switch (p) {
    case home: return "home";
    case rehab_facility: return "rehab_facility";
    case substitution_facility: return "substitution_facility";
    case none: break;
  }
  return "none";
}

}  // namespace pcmt::people
