#include "core/people/placement.hpp"

namespace pcmt::people {
namespace {

std::string_view text(const boost::json::object& fields, std::string_view key) {
  const auto* v = fields.if_contains(key);
  return v && v->is_string() ? std::string_view(v->as_string()) : std::string_view();
}

}  // namespace

Placement placement_of(std::string_view type, const boost::json::object& fields) {
  if (type == "compulsory_admission") return Placement::rehab_facility;  // ND 116/2021 Art. 54
  if (type == "rehab_start") {  // Law 73/2021 Arts. 30–31, 41
    const auto form = text(fields, "form");
    if (form == "substitution") return Placement::substitution_facility;
    return form == "facility" ? Placement::rehab_facility : Placement::home;
  }
  if (type == "pending_management_start")  // ND 116/2021 Arts. 44–49
    return text(fields, "place") == "facility" ? Placement::rehab_facility : Placement::home;
  if (type == "taken_over") {
    const auto state = text(fields, "state");
    if (state == "substitution") return Placement::substitution_facility;
    if (state == "voluntary_facility" || state == "compulsory_facility") return Placement::rehab_facility;
    return Placement::home;
  }
  return Placement::none;
}

}  // namespace pcmt::people
