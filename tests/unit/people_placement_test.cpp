// Where each event puts the person (ND 116/2021 Arts. 44–49, 54; Law 73/2021 Arts. 30–31, 41): the
// one table the event route, the import and the facility-in-care derivation read.
#include <gtest/gtest.h>

#include "core/people/event_types.hpp"
#include "core/people/placement.hpp"

using namespace pcmt::people;
namespace json = boost::json;

TEST(PeoplePlacement, EachPlacingEventAndItsFacilityKind) {
  struct Case {
    const char* type;
    json::object fields;
    Placement want;
  };
  const Case cases[] = {
      {"compulsory_admission", {}, Placement::rehab_facility},
      {"rehab_start", {{"form", "home"}}, Placement::home},
      {"rehab_start", {{"form", "facility"}}, Placement::rehab_facility},
      {"rehab_start", {{"form", "substitution"}}, Placement::substitution_facility},
      {"pending_management_start", {{"place", "home"}}, Placement::home},
      {"pending_management_start", {{"place", "facility"}}, Placement::rehab_facility},
      {"taken_over", {{"state", "voluntary_home"}}, Placement::home},
      {"taken_over", {{"state", "voluntary_facility"}}, Placement::rehab_facility},
      {"taken_over", {{"state", "compulsory_facility"}}, Placement::rehab_facility},
      {"taken_over", {{"state", "substitution"}}, Placement::substitution_facility},
      {"taken_over", {{"state", "post_rehab"}}, Placement::home},
      {"user_management_decision", {}, Placement::none},
      {"compulsory_release", {}, Placement::none},
  };
  for (const auto& c : cases) EXPECT_EQ(placement_of(c.type, c.fields), c.want) << c.type << " " << json::serialize(c.fields);
  EXPECT_EQ(facility_kind(Placement::substitution_facility), "substitution");
  EXPECT_EQ(facility_kind(Placement::rehab_facility), "rehab");
  EXPECT_FALSE(at_facility(Placement::home));
}

// The table is served to the web form: a row naming an unknown type, field or choice would never match.
TEST(PeoplePlacement, EveryRowNamesAnEventTypeAndOneOfItsChoices) {
  for (const auto& r : placement_rules()) {
    const auto* t = find_event_type(r.type);
    ASSERT_NE(t, nullptr) << r.type;
    if (r.field.empty()) continue;
    bool found = false;
    for (const auto& f : t->fields)
      if (f.name == r.field)
        for (auto c : f.choices) found = found || c == r.value;
    EXPECT_TRUE(found) << r.type << "." << r.field << "=" << r.value;
  }
  EXPECT_EQ(placement_code(Placement::substitution_facility), "substitution_facility");
}
