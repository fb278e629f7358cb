// Reading lifecycle events: malformed input and unknown event types are errors with stable codes.
#include "people_test_support.hpp"

using namespace people_test;

namespace {
std::string parse_error(const std::string& json) {
  try {
    parse_events(json);
    return "";
  } catch (const LifecycleError& e) {
    return e.code;
  }
}
}  // namespace

TEST(PeopleEvents, UnknownTypesAndBadInputAreErrors) {
  EXPECT_EQ(parse_error(R"([{"type": "teleported", "date": "2025-03-10"}])"), "people.event_type_unknown");
  EXPECT_EQ(parse_error(R"([{"date": "2025-03-10"}])"), "people.event_type_unknown");
  EXPECT_EQ(parse_error(R"({"type": "positive_test"})"), "people.events_invalid");
  EXPECT_EQ(parse_error(R"(not json)"), "people.events_invalid");
  EXPECT_EQ(parse_error(R"([42])"), "people.events_invalid");
  EXPECT_EQ(parse_error(R"([{"type": "positive_test", "date": "2025-02-30"}])"), "people.event_date_invalid");
  EXPECT_EQ(parse_error(R"([{"type": "positive_test"}])"), "people.event_date_invalid");
  EXPECT_EQ(parse_error(R"([{"type": "residence_verified", "date": "2025-03-10"}])"), "people.event_field_invalid");
  EXPECT_EQ(parse_error(R"([{"type": "residence_verified", "date": "2025-03-10", "stable": "yes"}])"), "people.event_field_invalid");
  EXPECT_EQ(parse_error(R"([{"type": "registration", "date": "2025-03-10", "form": "prison"}])"), "people.event_field_invalid");
  EXPECT_EQ(parse_error(R"([{"type": "unreported_absence", "date": "2025-03-10", "days": -3}])"), "people.event_field_invalid");
  EXPECT_EQ(parse_error(R"([])"), "");
}

TEST(PeopleEvents, ErrorsNameTheEventInVietnamese) {
  try {
    parse_events(R"([{"type": "positive_test", "date": "2025-03-10"}, {"type": "teleported", "date": "2025-03-11"}])");
    FAIL();
  } catch (const LifecycleError& e) {
    EXPECT_EQ(e.event_index, 1u);
    EXPECT_NE(std::string(e.what()).find("Sự kiện thứ 2"), std::string::npos);
  }
}

TEST(PeopleEvents, EventsAreAppliedInDateOrderKeepingInputOrderWithinADay) {
  const auto events = parse_events(R"([
    {"type": "commune_notified", "date": "2025-03-12"},
    {"type": "positive_test", "date": "2025-03-10"},
    {"type": "residence_verified", "date": "2025-03-12", "stable": true}])");
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].type, "positive_test");
  EXPECT_EQ(events[1].type, "commune_notified");
  EXPECT_EQ(events[1].index, 0u);
  // Notifying before verifying on the same day is refused by the rules, not silently reordered.
  EXPECT_EQ(refusal(R"([
    {"type": "positive_test", "date": "2025-03-10"},
    {"type": "commune_notified", "date": "2025-03-12"},
    {"type": "residence_verified", "date": "2025-03-12", "stable": true}])"),
            "");
}

TEST(PeopleEvents, ReportJsonHasStateDeadlinesAndSources) {
  const auto r = run(R"([{"type": "user_management_decision", "date": "2025-03-10"}])", "2025-03-11");
  const auto j = to_json(r);
  EXPECT_EQ(j.at("state").as_string(), "under_management");
  EXPECT_EQ(j.at("as_of").as_string(), "2025-03-11");
  EXPECT_EQ(j.at("lists").as_array().at(0).as_string(), "users");
  const auto& deadlines = j.at("deadlines").as_array();
  ASSERT_FALSE(deadlines.empty());
  const auto& first = deadlines[0].as_object();
  for (const char* key : {"kind", "label", "episode", "from", "due", "status", "params", "source", "pack", "confirmed"})
    EXPECT_TRUE(first.contains(key)) << key;
  EXPECT_EQ(j.at("episodes").as_array().at(0).as_object().at("pack").as_string(), "law-73-2021");
}
