#pragma once
// Where a lifecycle event puts the person: in the care of a rehab facility, of a substitution-
// treatment facility, at home, or nowhere new. The registry keeps the facility of the latest
// placement while the state is one a facility cares for (app/people/lifecycle_store), and refuses a
// facility of the wrong kind or for an event that places no one (app/people/events, the import).
// The rule is a table so that GET /people/reference can serve it to the web form as it stands.
#include <boost/json.hpp>

#include <span>
#include <string_view>

namespace pcmt::people {

enum class Placement { none, home, rehab_facility, substitution_facility };

// One row: an event of `type` whose `field` holds `value` puts the person at `placement`. An empty
// field matches any event of the type. For one type the first matching row decides; a type with no
// row places no one.
struct PlacementRule {
  std::string_view type;
  std::string_view field;
  std::string_view value;
  Placement placement;
};

std::span<const PlacementRule> placement_rules();

// `fields`: the event's fields as recorded (form, place, state).
Placement placement_of(std::string_view type, const boost::json::object& fields);

inline bool at_facility(Placement p) { return p == Placement::rehab_facility || p == Placement::substitution_facility; }

// The kind of facility in the catalogue a placement at a facility needs: "substitution" or "rehab".
inline std::string_view facility_kind(Placement p) {
  return p == Placement::substitution_facility ? "substitution" : "rehab";
}

std::string_view placement_code(Placement p);

}  // namespace pcmt::people
