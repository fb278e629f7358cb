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

// An event of `spec` on 2025-09-01 (after every path below) with its required fields filled.
Event sample_event(const EventTypeSpec& spec) {
  boost::json::object o{{"type", spec.type}, {"date", "2025-09-01"}};
  for (const auto& f : spec.fields) {
    if (!f.required) continue;
    switch (f.kind) {
      case FieldKind::boolean: o[f.name] = true; break;
      case FieldKind::integer: o[f.name] = 1; break;
      case FieldKind::text: o[f.name] = "user_management.stop_end_notice"; break;
      case FieldKind::choice: o[f.name] = f.choices.front(); break;
      case FieldKind::integer_list: o[f.name] = boost::json::array{1}; break;
      case FieldKind::choice_list: o[f.name] = boost::json::array{f.choices.front()}; break;
      case FieldKind::date: o[f.name] = "2025-09-01"; break;
    }
  }
  return parse_event(o, 99);
}

// A real path of events (adult, 2025) to each state.
std::string path_to(State s) {
  const std::string addicted = R"({"type": "addiction_result", "date": "2025-01-06", "result": "addicted"})";
  const std::string decided = addicted + R"(, {"type": "violation_report", "date": "2025-01-20", "reason": "not_registered"},
      {"type": "compulsory_file_compiled", "date": "2025-01-22"}, {"type": "compulsory_file_forwarded", "date": "2025-01-28"},
      {"type": "court_decision", "date": "2025-02-03", "decision": "compulsory", "term_months": 12})";
  const std::string in_facility = decided + R"(, {"type": "compulsory_admission", "date": "2025-02-05"})";
  const std::string completed = addicted + R"(, {"type": "rehab_start", "date": "2025-01-08", "form": "home", "planned_months": 6},
      {"type": "rehab_complete", "date": "2025-07-08"})";
  switch (s) {
    case State::none: return "";
    case State::detected: return R"({"type": "positive_test", "date": "2025-01-06"})";
    case State::under_management: return R"({"type": "user_management_decision", "date": "2025-01-06"})";
    case State::addicted: return addicted;
    case State::registered: return addicted + R"(, {"type": "registration", "date": "2025-01-08", "form": "home"})";
    case State::voluntary_home: return addicted + R"(, {"type": "rehab_start", "date": "2025-01-08", "form": "home"})";
    case State::voluntary_facility: return addicted + R"(, {"type": "rehab_start", "date": "2025-01-08", "form": "facility"})";
    case State::substitution: return addicted + R"(, {"type": "rehab_start", "date": "2025-01-08", "form": "substitution"})";
    case State::compulsory_file: return addicted + R"(, {"type": "violation_report", "date": "2025-01-20", "reason": "not_registered"})";
    case State::compulsory_decided: return decided;
    case State::compulsory_postponed: return decided + R"(, {"type": "compulsory_postponed", "date": "2025-02-04"})";
    case State::compulsory_facility: return in_facility;
    case State::compulsory_suspended: return in_facility + R"(, {"type": "compulsory_suspension", "date": "2025-03-03", "inpatient_days": 11})";
    case State::compulsory_absconded: return in_facility + R"(, {"type": "compulsory_absconded", "date": "2025-03-03"})";
    case State::post_rehab_pending: return completed;
    case State::post_rehab: return completed + R"(, {"type": "post_rehab_decision", "date": "2025-07-10"})";
    case State::ended: return R"({"type": "user_management_decision", "date": "2025-01-06"},
      {"type": "user_management_stop", "date": "2025-02-03", "reason": "prison"})";
    case State::deceased: return R"({"type": "death", "date": "2025-01-06"})";
  }
  return "";
}

Lifecycle reach(State s) {
  Lifecycle lc(book(), pcmt::calendar::HolidayCalendar::standard(), PersonFacts{d("1990-01-01")});
  for (const auto& e : parse_events("[" + path_to(s) + "]")) lc.apply(e);
  return lc;
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

TEST(PeopleTransitions, EveryStateIsReachable) {
  for (State s : kAllStates) EXPECT_EQ(reach(s).state(), s) << state_code(s);
}

TEST(PeopleTransitions, EveryEventIsRefusedOutsideItsAllowedStates) {
  int refused = 0;
  for (const auto& spec : event_types()) {
    const Event e = sample_event(spec);
    for (State s : kAllStates) {
      if (allowed_from(spec, s)) continue;
      Lifecycle lc = reach(s);
      const auto before = lc.report(d("2025-09-01"));
      try {
        lc.apply(e);
        ADD_FAILURE() << spec.type << " accepted in state " << state_code(s);
      } catch (const LifecycleError& err) {
        EXPECT_EQ(err.code, "people.transition_refused") << spec.type << " in " << state_code(s);
        EXPECT_NE(std::string(err.what()).find(state_label_vi(s)), std::string::npos);  // the reason names the state
      }
      const auto after = lc.report(d("2025-09-01"));
      EXPECT_EQ(after.state, s);
      EXPECT_EQ(after.deadlines.size(), before.deadlines.size());
      EXPECT_EQ(after.episodes.size(), before.episodes.size());
      ++refused;
    }
  }
  EXPECT_GT(refused, 500);  // 41 event types × 18 states, most pairs illegal
}

TEST(PeopleTransitions, EveryAllowedEventGetsPastTheTable) {
  // In each state it is allowed from, an event is either applied or refused by a rule of its own
  // (e.g. ending management before the year is over), never by the transition table.
  for (const auto& spec : event_types())
    for (State s : spec.from) {
      Lifecycle lc = reach(s);
      try {
        lc.apply(sample_event(spec));
      } catch (const LifecycleError& err) {
        EXPECT_NE(err.code, "people.transition_refused") << spec.type << " in " << state_code(s);
      }
    }
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
