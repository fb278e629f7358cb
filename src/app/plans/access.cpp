#include "app/plans/access.hpp"

#include "app/error.hpp"
#include "app/scope.hpp"
#include "store/params.hpp"

namespace pcmt::app::plans {
namespace {

bool province_role(const Actor& a) {
  return a.role == Role::standing_office || a.role == Role::leader || a.role == Role::auditor;
}

}  // namespace

std::optional<int64_t> actor_agency(const Actor& actor) { return scope::agency_of(actor); }

std::string plan_visible(const Actor& actor, store::Params& params, const std::string& p) {
  const std::string province = p + ".province_code = $province";
  return scope::clause(
      actor, params,
      {.province = province,
       // A commune sees the plans it owns and the provincial plans of its province.
       .commune = province + " AND (" + p + ".owner_commune_code = $commune OR (" + p +
                  ".owner_agency_id IS NULL AND " + p + ".owner_commune_code IS NULL))",
       // An agency sees the plans it owns and those of its tasks (one list, not a search per plan).
       .agency = province + " AND (" + p + ".owner_agency_id = $agency OR " + p +
                 ".id IN (SELECT xt.plan_id FROM task_agencies xa JOIN plan_tasks xt ON xt.id = xa.task_id WHERE "
                 "xa.agency_id = $agency))"});
}

std::string task_visible(const Actor& actor, store::Params& params, const std::string& t) {
  // Tasks are seen through their plan's visibility; an agency sees only its own, except in a plan it owns.
  return scope::clause(actor, params,
                       {.province = "1=1",
                        .agency = "(EXISTS (SELECT 1 FROM task_agencies ya WHERE ya.task_id = " + t +
                                  ".id AND ya.agency_id = $agency) OR EXISTS (SELECT 1 FROM plans yp WHERE yp.id = " +
                                  t + ".plan_id AND yp.owner_agency_id = $agency))"});
}

std::string instance_visible(const Actor& actor, store::Params& params, const std::string& ri) {
  // An agency's or a commune's instances are of its own province by construction (agencies are
  // per province); leaving the province out lets the database reach them by agency or plan.
  return scope::clause(
      actor, params,
      {.province = ri + ".province_code = $province",
       .commune = ri + ".plan_id IN (SELECT zp.id FROM plans zp WHERE zp.owner_commune_code = $commune)",
       .agency = "(" + ri + ".agency_id = $agency OR " + ri +
                 ".plan_id IN (SELECT zp.id FROM plans zp WHERE zp.owner_agency_id = $agency))"});
}

PlanOwnership visible_plan(store::Connection& db, const Actor& actor, int64_t plan_id) {
  store::Params params{plan_id};
  const std::string where = plan_visible(actor, params);
  auto r = db.query("SELECT p.province_code, p.owner_agency_id, p.owner_commune_code FROM plans p WHERE p.id = $1 AND " +
                        where,
                    params);
  if (r.empty()) throw not_found();
  return {r.rows[0].str(0), r.rows[0].opt_i64(1), r.rows[0].opt_str(2)};
}

TaskPlan visible_task(store::Connection& db, const Actor& actor, int64_t task_id) {
  store::Params params{task_id};
  const std::string seen = task_visible(actor, params);
  auto r = db.query("SELECT t.plan_id FROM plan_tasks t WHERE t.id = $1 AND " + seen, params);
  if (r.empty()) throw not_found();
  const int64_t plan_id = r.rows[0].i64(0);
  return {plan_id, visible_plan(db, actor, plan_id)};
}

bool can_manage(const Actor& actor, const PlanOwnership& plan) {
  if (actor.role == Role::admin) return true;
  if (!scope::reaches(actor, {.province = plan.province_code})) return false;
  if (actor.role == Role::standing_office) return true;
  if (auto a = actor_agency(actor); a && actor.role == Role::agency) return plan.owner_agency_id == *a;
  if (actor.scope.kind == ScopeKind::commune && actor.role == Role::commune)
    return plan.owner_commune_code == actor.scope.id;
  return false;
}

bool can_oversee(const Actor& actor, const PlanOwnership& plan) {
  if (actor.role == Role::admin) return true;
  if (!scope::reaches(actor, {.province = plan.province_code})) return false;
  if (province_role(actor)) return true;
  return can_manage(actor, plan);
}

void require_manage(const Actor& actor, const PlanOwnership& plan) {
  if (!can_manage(actor, plan)) throw forbidden();
}

void require_oversee(const Actor& actor, const PlanOwnership& plan) {
  if (!can_oversee(actor, plan)) throw forbidden();
}

}  // namespace pcmt::app::plans
