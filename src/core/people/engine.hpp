#pragma once
// Internal: the lifecycle engine behind people::Lifecycle. The mechanics (episodes, deadlines,
// refusals, dispatch) are in engine.cpp; the handlers of each group of events in engine_*.cpp.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/people/legal_rules.hpp"
#include "core/people/lifecycle.hpp"

namespace pcmt::people {

struct OpenOptions {
  std::vector<std::string_view> params = {};  // replaces the rule's params (e.g. the remote-area variant)
  std::optional<calendar::Date> due = {};     // the due date, when the facts set it (periods, terms)
  int extra_days = 0;                    // added after the period (unreported absences)
};

class Engine {
 public:
  Engine(const rules::RuleBook& book, const calendar::HolidayCalendar& cal, PersonFacts person)
      : book_(&book), cal_(&cal), person_(person) {}

  void apply(const Event& e);
  State state() const { return state_; }
  LifecycleReport report(calendar::Date as_of) const;

 private:
  // --- Mechanics (engine.cpp)
  const rules::RulePack* pack_on(calendar::Date d) const;
  const rules::RulePack* episode_pack(size_t episode) const;
  size_t open_episode(EpisodeKind kind, calendar::Date start);
  // Ends the episode; its deadlines still pending become superseded.
  void close_episode(size_t episode, calendar::Date end, std::string reason);
  // Adds a deadline of `kind` in `episode` counted from `from`. Does nothing when the episode's
  // pack has no such rule (the first param is absent: that law has no such deadline).
  void open_deadline(std::string_view kind, size_t episode, calendar::Date from, const OpenOptions& opts = {});
  // Removes the still-pending deadlines of these kinds in `episode` (projections to recompute).
  void drop_pending(size_t episode, std::initializer_list<std::string_view> kinds);
  void fulfil_deadlines(const Event& e);
  std::optional<calendar::Date> pending_due(size_t episode, std::string_view kind) const;
  void record_state_change(calendar::Date on);
  // The day the registry keeps the record from (field records_from, default the event's date), for
  // an event that enters a person already under a regime; refuses a day before the event.
  calendar::Date records_from(const Event& e) const;
  void note(const Event& e, std::string code, std::string message, std::string source);
  [[noreturn]] void refuse(const Event& e, std::string code, std::string message) const;
  std::optional<int> age_on(calendar::Date d) const;
  // Runs a rule check; if the pack does not know a value it needs, records that the rule could
  // not be checked (never guesses, never blocks) and returns std::nullopt.
  std::optional<bool> check(const Event& e, const std::function<bool()>& rule);

  // --- Handlers
  void on_positive_test(const Event& e);
  void on_residence_verified(const Event& e);
  void on_commune_notified(const Event& e);
  void on_management_decision(const Event& e);
  void on_residence_moved(const Event& e);
  void on_management_stop(const Event& e);
  void on_management_end(const Event& e);
  // Checks of the periods that end before `records_from` are not owed here: they are in the
  // earlier (paper) records of a list taken over.
  void open_monthly_checks(size_t episode, calendar::Date decision, std::optional<calendar::Date> end,
                           calendar::Date records_from);

  void on_addiction_request(const Event& e);
  void on_addiction_result(const Event& e);
  Diagnosis diagnosis_of(const Event& e);
  void on_addicted(const Event& e, State origin);
  void open_registration(const Event& e);

  void on_registration(const Event& e);
  void on_rehab_decision(const Event& e);
  void on_rehab_start(const Event& e);
  void check_planned_months(const Event& e, std::string_view form, int planned);
  void open_rehab(const Event& e, std::string_view form);
  void on_rehab_complete(const Event& e);
  void on_substitution_phase(const Event& e);
  void on_substitution_stop(const Event& e);
  void on_violation_report(const Event& e);
  void start_compulsory_file(const Event& e, CompulsoryTrigger trigger);
  void completed(const Event& e, std::string_view how, bool adult_compulsory);

  void on_file_compiled(const Event& e);
  void on_file_forwarded(const Event& e);
  void on_court_query(const Event& e);
  void on_court_decision(const Event& e);
  void check_term(const Event& e, int term, CompulsoryTrigger trigger, const rules::RulePack* pack);
  void on_pending_management(const Event& e);
  void on_admission_deferred(const Event& e);
  void on_postponed(const Event& e);
  void on_exempted(const Event& e);
  void on_admission(const Event& e);
  void on_reduction(const Event& e);
  void on_suspension(const Event& e);
  void on_resumption(const Event& e);
  void on_absconded(const Event& e);
  void on_returned(const Event& e);
  void on_release(const Event& e);
  calendar::Date term_end() const;
  std::optional<bool> adult_on(const Event& e);
  void refresh_term_deadlines();

  void on_post_rehab_report(const Event& e);
  void on_post_rehab_proposal(const Event& e);
  void on_post_rehab_decision(const Event& e);
  void on_unreported_absence(const Event& e);
  void on_post_rehab_end(const Event& e);
  void on_post_rehab_removal(const Event& e);
  void refresh_post_rehab_end();

  void on_death(const Event& e);

  void on_taken_over(const Event& e);
  void take_over_rehab(const Event& e, std::string_view form);
  void take_over_compulsory(const Event& e, calendar::Date records_from);
  void take_over_post_rehab(const Event& e);

  using Handler = void (Engine::*)(const Event&);
  static const std::vector<std::pair<std::string_view, Handler>>& handlers();

 public:
  static bool has_handler(std::string_view type);

 private:
  const rules::RuleBook* book_;
  const calendar::HolidayCalendar* cal_;
  PersonFacts person_;
  State state_ = State::none;
  std::vector<StatePeriod> history_;  // appended when an event changes the state
  std::vector<Episode> episodes_;
  std::vector<Deadline> deadlines_;
  std::vector<Obligation> obligations_;

  // Facts the rules depend on, per regime.
  struct Management {
    std::optional<size_t> episode;
    std::optional<calendar::Date> decision;
    bool new_use = false;  // use detected since the last decision (ND 105/2021 Art. 43.2)
  } management_;
  std::optional<size_t> assessment_;  // open addiction-determination episode
  std::optional<calendar::Date> last_addicted_result_;
  std::optional<size_t> registration_;  // open rehab-registration episode
  std::optional<size_t> rehab_;  // open voluntary-rehab or substitution episode
  std::optional<calendar::Date> maintenance_since_;
  bool completed_rehab_before_ = false;  // for relapse (ND 116/2021 Art. 3.6)
  struct Compulsory {
    std::optional<size_t> file, stay;
    std::optional<calendar::Date> compiled, forwarded;
    int term_months = 0;
    std::optional<calendar::Date> pending_facility_since;
    int deducted_days = 0;  // managed at a facility while the file was pending
    std::optional<calendar::Date> admission;
    int reduction_months = 0;
    std::optional<calendar::Date> suspended_since, absconded_since;
    int not_counted_days = 0;  // suspended or absconded
    std::optional<calendar::Date> records_from;  // taken over: earlier reviews are in the earlier records
  } compulsory_;
  struct PostRehab {
    std::optional<size_t> episode;
    calendar::Date completion;
    bool adult_compulsory = false;
    bool age_unknown = false;  // completed compulsory rehab with no birth date on record
    int absence_days = 0;
  } post_;
};

}  // namespace pcmt::people
