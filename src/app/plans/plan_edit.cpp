#include "app/plans/plan_edit.hpp"

#include <boost/json.hpp>
#include <set>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/plans/access.hpp"
#include "app/plans/save_plan.hpp"
#include "app/plans/task_resync.hpp"

namespace pcmt::app::plans {
namespace {

Error parent_invalid(const std::string& why) { return bad_request("plan.parent_invalid", why, "parent_plan_id"); }

void check_parent(store::Connection& db, const Actor& actor, int64_t plan_id, const std::string& province,
                  int64_t parent_id) {
  if (parent_id == plan_id) throw parent_invalid("Kế hoạch không thể thực hiện chính nó");
  PlanOwnership parent;
  try {
    parent = visible_plan(db, actor, parent_id);
  } catch (const Error&) {
    throw parent_invalid("Không tìm thấy kế hoạch cấp trên");
  }
  if (parent.province_code != province) throw parent_invalid("Kế hoạch cấp trên phải cùng tỉnh");
  // Walking up from the parent must never come back to this plan.
  std::set<int64_t> seen{plan_id};
  for (std::optional<int64_t> at = parent_id; at;) {
    if (!seen.insert(*at).second) throw parent_invalid("Liên kết này tạo thành vòng lặp giữa các kế hoạch");
    at = db.query("SELECT parent_plan_id FROM plans WHERE id = $1", {*at}).one().opt_i64(0);
  }
}

}  // namespace

void update_plan(store::Connection& db, const Actor& actor, int64_t plan_id, const PlanPatch& patch) {
  store::Transaction tx(db);
  require_manage(actor, visible_plan(db, actor, plan_id));
  PlanFacts plan = load_plan_facts(db, plan_id);
  boost::json::object detail;
  if (patch.set_parent) {
    if (patch.parent_plan_id) check_parent(db, actor, plan_id, plan.province_code, *patch.parent_plan_id);
    db.query("UPDATE plans SET parent_plan_id = $1 WHERE id = $2", {patch.parent_plan_id, plan_id});
    detail["parent_plan_id"] = patch.parent_plan_id ? boost::json::value(*patch.parent_plan_id) : nullptr;
  }
  bool reschedule = false;
  if (patch.horizon_year) {
    const int y = plan.clock.plan_date.year();
    if (*patch.horizon_year < y || *patch.horizon_year > y + kMaxHorizonYears)
      throw bad_request("plan.horizon_invalid",
                        "Năm theo dõi cuối cùng phải từ năm ban hành đến " + std::to_string(kMaxHorizonYears) +
                            " năm sau đó",
                        "horizon_year");
    plan.clock.horizon_year = *patch.horizon_year;
    detail["horizon_year"] = *patch.horizon_year;
    reschedule = true;
  }
  if (patch.reporting) {
    const auto& r = *patch.reporting;
    if ((r.day && (*r.day < 1 || *r.day > 31)) || (r.month && (*r.month < 1 || *r.month > 12)))
      throw bad_request("plan.reporting_invalid", "Ngày hoặc tháng báo cáo định kỳ không hợp lệ", "reporting");
    plan.clock.cycle = r;
    detail["reporting"] = std::string(schedule::to_string(r.every));
    reschedule = true;
  }
  if (reschedule) {
    db.query("UPDATE plans SET report_every = $1, report_day = $2, report_month = $3, horizon_year = $4 WHERE id = $5",
             {std::string(schedule::to_string(plan.clock.cycle.every)), plan.clock.cycle.day, plan.clock.cycle.month,
              plan.clock.horizon_year, plan_id});
    resync_plan(db, plan, now_seconds());
  }
  auto e = event_by(actor, "plan.update", "plan", std::to_string(plan_id));
  e.province_code = plan.province_code;
  e.detail_json = boost::json::serialize(detail);
  append_audit(db, e);
  tx.commit();
}

}  // namespace pcmt::app::plans
