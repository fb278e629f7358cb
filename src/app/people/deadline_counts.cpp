#include "app/people/deadline_counts.hpp"

#include "app/people/access.hpp"
#include "store/params.hpp"

namespace pcmt::app::people {

std::string deadline_scope(const Actor& actor, const std::string& commune_arg, const std::string& province_arg,
                           store::Params& params) {
  const std::string commune =
      commune_arg.empty() && actor.scope.kind == ScopeKind::commune ? actor.scope.id : commune_arg;
  // The deadline rows carry the person's commune and province: the scope is said on them directly,
  // and the people join adds what the actor may see of people (a facility's scope is about the person).
  std::string where;
  if (!commune.empty()) {
    where = "d.commune_code = " + store::bind_param(params, commune);
  } else {
    const std::string province = actor.role == Role::admin && !province_arg.empty() ? province_arg : actor.province_code;
    where = "d.province_code = " + store::bind_param(params, province);
  }
  return where + " AND " + person_visible(actor, params);
}

DeadlineCounts count_deadlines(store::Connection& db, const std::string& scope, const store::Params& params,
                               calendar::Date today, calendar::Date due_by) {
  auto count = [&](const std::string& extra, const store::Params& p) {
    return db.query("SELECT COUNT(*) FROM person_deadlines d JOIN people p ON p.id = d.person_id WHERE " + scope + extra,
                    p)
        .one()
        .i64(0);
  };
  DeadlineCounts c;
  {
    store::Params p = params;
    c.overdue = count(" AND d.status = 'open' AND d.due_date < " + store::bind_param(p, today.iso()), p);
  }
  {
    store::Params p = params;
    const std::string from = store::bind_param(p, today.iso()), to = store::bind_param(p, due_by.iso());
    c.due = count(" AND d.status = 'open' AND d.due_date >= " + from + " AND d.due_date <= " + to, p);
  }
  c.undated = count(" AND d.status = 'unknown_rule_value'", params);
  return c;
}

}  // namespace pcmt::app::people
