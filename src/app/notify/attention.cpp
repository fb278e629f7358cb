#include "app/notify/attention.hpp"

#include <vector>

#include "app/areas/drug_free_workflow.hpp"
#include "app/people/access.hpp"
#include "app/people/deadline_counts.hpp"
#include "app/plans/access.hpp"
#include "app/plans/inbox.hpp"

namespace pcmt::app::notify {
namespace json = boost::json;

namespace {

// The counts in one order, for the sum, the comparison and the JSON.
template <typename A, typename F>
void each(A& a, F f) {
  f("reports_due_soon", a.reports_due_soon);
  f("reports_overdue", a.reports_overdue);
  f("reports_to_review", a.reports_to_review);
  f("notices_unread", a.notices_unread);
  f("deadlines_overdue", a.deadlines_overdue);
  f("deadlines_due_this_week", a.deadlines_due_this_week);
  f("drug_free_waiting", a.drug_free_waiting);
  f("new_assignments", a.new_assignments);
}

int64_t drug_free_waiting(store::Connection& db, const Actor& actor) {
  const char* status = actor.role == Role::leader            ? "reviewed"
                       : actor.role == Role::standing_office ? "proposed"
                                                             : nullptr;
  if (!status) return 0;
  return areas::count_drug_free_in_status(db, actor.province_code, status);
}

int64_t new_assignments(store::Connection& db, const Actor& actor, int64_t now) {
  const auto agency = plans::actor_agency(actor);
  if (!agency) return 0;
  return plans::count_assignments_since(db, *agency, now - int64_t{kNewAssignmentDays} * 86'400);
}

}  // namespace

int64_t Attention::total() const {
  int64_t sum = 0;
  each(*this, [&](const char*, int64_t v) { sum += v; });
  return sum;
}

bool Attention::rose_since(const Attention& before) const {
  std::vector<int64_t> was;
  each(before, [&](const char*, int64_t v) { was.push_back(v); });
  bool rose = false;
  size_t i = 0;
  each(*this, [&](const char*, int64_t v) { rose = rose || v > was[i++]; });
  return rose;
}

Attention attention(store::Connection& db, const Actor& actor, calendar::Date as_of, int64_t now) {
  Attention a;
  a.as_of = as_of.iso();
  const auto box = plans::read_inbox(db, actor, as_of, 0);
  a.reports_due_soon = box.reminders_total;
  a.reports_overdue = box.overdue_total;
  a.reports_to_review = box.review_total;
  a.notices_unread = box.unread_total;
  if (people::can_read_people(actor)) {
    store::Params params;
    const std::string scope = people::deadline_scope(actor, "", "", params);
    const auto d = people::count_deadlines(db, scope, params, as_of,
                                           as_of.add_days(6 - static_cast<int>(as_of.weekday())));
    a.deadlines_overdue = d.overdue;
    a.deadlines_due_this_week = d.due;
  }
  a.drug_free_waiting = drug_free_waiting(db, actor);
  a.new_assignments = new_assignments(db, actor, now);
  return a;
}

json::object to_json(const Attention& a) {
  json::object counts;
  each(a, [&](const char* name, int64_t v) { counts[name] = v; });
  return {{"as_of", a.as_of}, {"total", a.total()}, {"counts", std::move(counts)}};
}

Attention attention_of(const json::object& o) {
  Attention a;
  const auto* counts = o.if_contains("counts");
  if (!counts || !counts->is_object()) return a;
  each(a, [&](const char* name, int64_t& v) {
    if (const auto* x = counts->as_object().if_contains(name); x && x->is_int64()) v = x->as_int64();
  });
  return a;
}

}  // namespace pcmt::app::notify
