#pragma once
// Where a lifecycle event puts the person: in the care of a rehab facility, of a substitution-
// treatment facility, at home, or nowhere new. The registry keeps the facility of the latest
// placement while the state is one a facility cares for (app/people/lifecycle_store), and refuses a
// facility of the wrong kind or for an event that places no one (app/people/events, the import).
#include <boost/json.hpp>

#include <string_view>

namespace pcmt::people {

enum class Placement { none, home, rehab_facility, substitution_facility };

// `fields`: the event's fields as recorded (form, place, state).
Placement placement_of(std::string_view type, const boost::json::object& fields);

inline bool at_facility(Placement p) { return p == Placement::rehab_facility || p == Placement::substitution_facility; }

// The kind of facility in the catalogue a placement at a facility needs: "substitution" or "rehab".
inline std::string_view facility_kind(Placement p) {
  return p == Placement::substitution_facility ? "substitution" : "rehab";
}

}  // namespace pcmt::people
