// The lifecycle state machine: every event type is refused in every state the table does not
// allow it from (domain §2: "each state change is allowed only from the states the law allows").
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/people/deadline_rules.hpp"
#include "core/people/engine.hpp"
#include "core/people/event_types.hpp"
#include "people_test_support.hpp"

using namespace people_test;

namespace {

// An event of `spec` on 2025-06-02 with every required field given a valid value.
Event sample_event(const EventTypeSpec& spec) {
  boost::json::object o{{"type", spec.type}, {"date", "2025-06-02"}};
  for (const auto& f : spec.fields) {
    if (!f.required) continue;
    switch (f.kind) {
      case FieldKind::boolean: o[f.name] = true; break;
      case FieldKind::integer: o[f.name] = 1; break;
      case FieldKind::text: o[f.name] = "user_management.stop_end_notice"; break;
      case FieldKind::choice: o[f.name] = f.choices.front(); break;
      case FieldKind::integer_list: o[f.name] = boost::json::array{1}; break;
      case FieldKind::choice_list: o[f.name] = boost::json::array{f.choices.front()}; break;
    }
  }
  return parse_event(o, 0);
}

// "`name`", built by appending (g++ 12 warns falsely on "`" + std::string(...)).
std::string quoted(std::string_view name) {
  std::string q = "`";
  q += name;
  q += '`';
  return q;
}

std::string read_doc(const char* name) {
  const auto path = std::filesystem::path(__FILE__).parent_path() / ".." / ".." / "docs" / name;
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST(PeopleTransitions, EveryEventIsRefusedOutsideItsAllowedStates) {
  int refused = 0;
  for (const auto& spec : event_types()) {
    const Event e = sample_event(spec);
    for (State s : kAllStates) {
      if (allowed_from(spec, s)) continue;
      Lifecycle lc(book(), pcmt::calendar::HolidayCalendar::standard(), {}, s);
      try {
        lc.apply(e);
        ADD_FAILURE() << spec.type << " accepted in state " << state_code(s);
      } catch (const LifecycleError& err) {
        EXPECT_EQ(err.code, "people.transition_refused") << spec.type << " in " << state_code(s);
        EXPECT_NE(std::string(err.what()).find(state_label_vi(s)), std::string::npos);  // the reason names the state
      }
      EXPECT_EQ(lc.state(), s);
      EXPECT_TRUE(lc.report(d("2025-06-02")).deadlines.empty());
      ++refused;
    }
  }
  EXPECT_GT(refused, 500);  // 41 event types × 18 states, most of them illegal
}

TEST(PeopleTransitions, NothingHappensAfterDeathButRecordingNotices) {
  for (const auto& spec : event_types()) {
    if (spec.type == "deadline_met") continue;
    EXPECT_FALSE(allowed_from(spec, State::deceased)) << spec.type;
  }
}

TEST(PeopleTransitions, TheTableIsComplete) {
  for (const auto& spec : event_types()) {
    EXPECT_TRUE(Engine::has_handler(spec.type)) << spec.type;
    EXPECT_FALSE(spec.from.empty()) << spec.type;
    EXPECT_FALSE(spec.label_vi.empty()) << spec.type;
  }
  for (State s : kAllStates) EXPECT_FALSE(state_label_vi(s).empty());
}

TEST(PeopleTransitions, ARefusedEventLeavesNoTrace) {
  Lifecycle lc(book(), pcmt::calendar::HolidayCalendar::standard());
  lc.apply(parse_event(boost::json::object{{"type", "user_management_decision"}, {"date", "2025-03-10"}}, 0));
  const size_t before = lc.report(d("2025-03-10")).deadlines.size();
  // A second decision without new use is refused by its rule after the deadlines were touched.
  EXPECT_THROW(lc.apply(parse_event(boost::json::object{{"type", "user_management_decision"}, {"date", "2025-04-10"}}, 1)),
               LifecycleError);
  const auto after = lc.report(d("2025-03-10"));
  EXPECT_EQ(after.deadlines.size(), before);
  EXPECT_EQ(after.episodes.size(), 1u);
  EXPECT_FALSE(after.episodes[0].end.has_value());
}

TEST(PeopleTransitions, Rule28_ListsFollowTheState_Law73Art26_3_43_3) {
  EXPECT_EQ(lists_for(State::under_management), std::vector<PersonList>{PersonList::users});
  EXPECT_EQ(lists_for(State::substitution), std::vector<PersonList>{PersonList::addicts});
  EXPECT_EQ(lists_for(State::compulsory_facility), std::vector<PersonList>{PersonList::addicts});
  EXPECT_EQ(lists_for(State::post_rehab), std::vector<PersonList>{PersonList::post_rehab});
  for (State s : {State::none, State::detected, State::post_rehab_pending, State::ended, State::deceased})
    EXPECT_TRUE(lists_for(s).empty()) << state_code(s);
}

TEST(PeopleTransitions, EveryEventTypeAndDeadlineIsDocumented) {
  const std::string events_doc = read_doc("people-events.md");
  ASSERT_FALSE(events_doc.empty());
  for (const auto& spec : event_types()) {
    EXPECT_NE(events_doc.find(quoted(spec.type)), std::string::npos) << spec.type;
    for (const auto& f : spec.fields)
      EXPECT_NE(events_doc.find(quoted(f.name)), std::string::npos) << spec.type << "." << f.name;
  }
  for (const auto& rule : deadline_rules())
    EXPECT_NE(events_doc.find(quoted(rule.kind)), std::string::npos) << rule.kind;
  for (State s : kAllStates) EXPECT_NE(events_doc.find(quoted(state_code(s))), std::string::npos);
}
