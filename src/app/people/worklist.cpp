#include "app/people/worklist.hpp"

#include <boost/json.hpp>

#include "app/error.hpp"
#include "app/people/access.hpp"
#include "app/people/deadline_counts.hpp"
#include "app/people/read_audit.hpp"
#include "app/people/rule_book.hpp"
#include "core/people/deadline_rules.hpp"
#include "store/params.hpp"

namespace pcmt::app::people {

Worklist worklist(store::Connection& db, const Actor& actor, const std::string& commune_arg,
                  const std::string& province_arg, calendar::Date today, int limit) {
  require_read(actor);
  const std::string commune =
      commune_arg.empty() && actor.scope.kind == ScopeKind::commune ? actor.scope.id : commune_arg;
  Worklist w;
  w.today = today.iso();
  const int from_monday = static_cast<int>(today.weekday());
  w.week_start = today.add_days(-from_monday).iso();
  w.week_end = today.add_days(6 - from_monday).iso();

  store::Params params;
  const std::string where = deadline_scope(actor, commune, province_arg, params);
  const auto counts = count_deadlines(db, where, params, today, today.add_days(6 - from_monday));
  w.overdue = counts.overdue;
  w.due_this_week = counts.due;
  w.undated = counts.undated;

  const std::string end = store::bind_param(params, w.week_end);
  const std::string lim = store::bind_param(params, limit);
  auto rows = db.query(
      "SELECT d.person_id, p.personal_id, p.full_name, p.commune_code, d.kind, d.from_date, d.due_date, d.params, "
      "d.pack, d.confirmed FROM person_deadlines d JOIN people p ON p.id = d.person_id WHERE " +
          where + " AND d.status = 'open' AND d.due_date <= " + end + " ORDER BY d.due_date, d.person_id LIMIT " + lim,
      params);
  for (const auto& r : rows.rows) {
    WorkItem it;
    it.person_id = r.i64(0);
    it.personal_id = sees_full_id_in_lists(actor) ? r.str(1) : mask_personal_id(r.str(1));
    it.full_name = r.str(2);
    it.commune_code = r.str(3);
    it.kind = r.str(4);
    try {
      it.label = std::string(::pcmt::people::deadline_rule(it.kind).label_vi);
    } catch (const std::out_of_range&) {
      it.label = it.kind;
    }
    it.from = r.str(5);
    it.due = r.str(6);
    it.source = deadline_source(it.kind, r.str(8), r.str(7));
    it.pack = r.str(8);
    it.confirmed = r.boolean(9);
    it.overdue = it.due < w.today;
    w.items.push_back(std::move(it));
  }

  std::vector<int64_t> shown;
  for (const auto& it : w.items) shown.push_back(it.person_id);
  audit_read(db, actor, "people.worklist", commune.empty() ? "province" : "commune",
             commune.empty() ? actor.province_code : commune,
             {{"overdue", w.overdue}, {"due_this_week", w.due_this_week}, {"shown", shown_ids(shown)}});
  return w;
}

}  // namespace pcmt::app::people
