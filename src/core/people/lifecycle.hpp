#pragma once
// The person lifecycle: a table-driven state machine over lifecycle events, with every deadline
// the law attaches to them. Each episode (a stretch under one regime) uses the rule pack in force
// on its start date; a deadline whose length that pack does not know is reported as
// "unknown_rule_value" with the param named, never guessed.
#include <boost/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar/holidays.hpp"
#include "core/people/event.hpp"
#include "core/people/state.hpp"
#include "core/rules/rule_pack.hpp"

namespace pcmt::people {

enum class DeadlineStatus {
  pending,              // not yet fulfilled, due date not passed (as of the report date)
  overdue,              // not yet fulfilled, due date passed
  met,                  // fulfilled on or before the due date (or fulfilled while the due date is unknown)
  late,                 // fulfilled after the due date
  superseded,           // no longer owed: the episode ended another way
  unknown_rule_value,   // the pack in force does not know the length (param named)
  no_rule_pack,         // no pack of topic "people" is in force on the episode's start date
  missing_person_fact,  // a fact about the person is needed (e.g. birth_date for an age rule)
};
std::string_view deadline_status_code(DeadlineStatus s);

struct Deadline {
  std::string kind;   // see deadline_rules.hpp
  std::string label;  // Vietnamese
  size_t episode = 0;
  calendar::Date from;                // the date the clock starts (or, for a "before" deadline, its anchor)
  std::optional<calendar::Date> due;  // std::nullopt when the length is unknown
  std::vector<std::string> params;    // rule-pack params that set the length
  std::string missing;                // the unknown param, or the missing person fact
  std::string source;                 // the article(s)
  std::string pack;                   // rule pack id ("" when none)
  bool confirmed = true;              // false when a param is flagged UNCONFIRMED
  DeadlineStatus status = DeadlineStatus::pending;
  std::optional<calendar::Date> done_on;
  std::optional<size_t> done_by_event;
};

enum class EpisodeKind {
  user_management,
  addiction_determination,
  rehab_registration,
  voluntary_rehab_home,
  voluntary_rehab_facility,
  substitution_treatment,
  compulsory_file,
  compulsory_stay,
  post_rehab,
  relapse,
};
std::string_view episode_kind_code(EpisodeKind k);
std::string_view episode_kind_label(EpisodeKind k);

struct Episode {
  EpisodeKind kind;
  calendar::Date start;
  std::optional<calendar::Date> end;
  std::string end_reason;  // "expired", "stopped:prison", "completed", ...
  std::string pack;        // id of the pack in force on `start` ("" when none)
  boost::json::object details;
};

// Something the law requires that has no computed date, or a rule that could not be checked.
struct Obligation {
  std::string code;     // e.g. "people.addiction_determination_required"
  std::string message;  // Vietnamese
  std::string source;
  calendar::Date date;
  size_t event_index = 0;
};

struct PersonFacts {
  std::optional<calendar::Date> birth_date;
};

// A stretch of time in one state: [from, to). `to` is the day the next state began (open while current).
struct StatePeriod {
  State state = State::none;
  calendar::Date from;
  std::optional<calendar::Date> to;
};

struct LifecycleReport {
  State state = State::none;
  calendar::Date as_of;
  std::vector<StatePeriod> state_history;  // in date order; the last one is the current state
  std::vector<Episode> episodes;
  std::vector<Deadline> deadlines;
  std::vector<Obligation> obligations;
};

class Engine;

class Lifecycle {
 public:
  // `book` and `calendar` must outlive the Lifecycle.
  Lifecycle(const rules::RuleBook& book, const calendar::HolidayCalendar& calendar, PersonFacts person = {});
  ~Lifecycle();
  Lifecycle(Lifecycle&&) noexcept;
  Lifecycle& operator=(Lifecycle&&) noexcept;

  // Applies one event. A refused event throws LifecycleError ("people.transition_refused" or a
  // rule-specific code) and leaves the lifecycle unchanged.
  void apply(const Event& event);
  State state() const;
  // Deadlines with pending/overdue judged as of `as_of`.
  LifecycleReport report(calendar::Date as_of) const;

 private:
  std::unique_ptr<Engine> engine_;
};

// Parses `events_json`, applies every event in date order and reports as of `as_of`.
// Throws LifecycleError on the first malformed or refused event.
LifecycleReport compute_lifecycle(std::string_view events_json, const rules::RuleBook& book,
                                  const calendar::HolidayCalendar& calendar, const PersonFacts& person,
                                  calendar::Date as_of);

boost::json::object to_json(const LifecycleReport& report);

}  // namespace pcmt::people
