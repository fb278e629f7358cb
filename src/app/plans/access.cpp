#include "app/plans/access.hpp"

#include "app/error.hpp"
#include "store/params.hpp"

namespace pcmt::app::plans {
namespace {

bool province_role(const Actor& a) {
  return a.role == Role::standing_office || a.role == Role::leader || a.role == Role::auditor;
}

}  // namespace

std::optional<int64_t> actor_agency(const Actor& actor) {
  if (actor.scope.kind != ScopeKind::agency) return std::nullopt;
  try {
    return std::stoll(actor.scope.id);
  } catch (...) {
    return std::nullopt;
  }
}

std::string plan_visible(const Actor& actor, store::Params& params, const std::string& p) {
  if (actor.role == Role::admin) return "1=1";
  const std::string province = p + ".province_code = " + store::bind_param(params, actor.province_code);
  if (actor.scope.kind == ScopeKind::agency) {
    const std::string a = store::bind_param(params, actor_agency(actor).value_or(-1));
    // The plans of its tasks as one list, not a search per plan.
    return province + " AND (" + p + ".owner_agency_id = " + a + " OR " + p +
           ".id IN (SELECT xt.plan_id FROM task_agencies xa JOIN plan_tasks xt ON xt.id = xa.task_id WHERE "
           "xa.agency_id = " + a + "))";
  }
  if (actor.scope.kind == ScopeKind::commune)
    return province + " AND (" + p + ".owner_commune_code = " + store::bind_param(params, actor.scope.id) + " OR (" + p +
           ".owner_agency_id IS NULL AND " + p + ".owner_commune_code IS NULL))";
  return province;
}

std::string task_visible(const Actor& actor, store::Params& params, const std::string& t) {
  auto agency = actor_agency(actor);
  if (!agency) return "1=1";
  const std::string a = store::bind_param(params, *agency);
  return "(EXISTS (SELECT 1 FROM task_agencies ya WHERE ya.task_id = " + t + ".id AND ya.agency_id = " + a +
         ") OR EXISTS (SELECT 1 FROM plans yp WHERE yp.id = " + t + ".plan_id AND yp.owner_agency_id = " + a + "))";
}

std::string instance_visible(const Actor& actor, store::Params& params, const std::string& ri) {
  if (actor.role == Role::admin) return "1=1";
  // An agency's or a commune's instances are of its own province by construction (agencies are
  // per province); leaving the province out lets the database reach them by agency or plan.
  if (auto agency = actor_agency(actor)) {
    const std::string a = store::bind_param(params, *agency);
    return "(" + ri + ".agency_id = " + a + " OR " + ri + ".plan_id IN (SELECT zp.id FROM plans zp WHERE "
           "zp.owner_agency_id = " + a + "))";
  }
  if (actor.scope.kind == ScopeKind::commune)
    return ri + ".plan_id IN (SELECT zp.id FROM plans zp WHERE zp.owner_commune_code = " +
           store::bind_param(params, actor.scope.id) + ")";
  return ri + ".province_code = " + store::bind_param(params, actor.province_code);
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
  if (plan.province_code != actor.province_code) return false;
  if (actor.role == Role::standing_office) return true;
  if (auto a = actor_agency(actor); a && actor.role == Role::agency) return plan.owner_agency_id == *a;
  if (actor.scope.kind == ScopeKind::commune && actor.role == Role::commune)
    return plan.owner_commune_code == actor.scope.id;
  return false;
}

bool can_oversee(const Actor& actor, const PlanOwnership& plan) {
  if (actor.role == Role::admin) return true;
  if (plan.province_code != actor.province_code) return false;
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
