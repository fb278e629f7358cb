#include "app/plans/save_plan.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <set>

#include "app/agencies.hpp"
#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "app/plans/access.hpp"
#include "app/plans/agency_resolver.hpp"
#include "app/plans/instance_sync.hpp"
#include "app/plans/other_province.hpp"
#include "app/plans/task_dues.hpp"
#include "app/plans/task_insert.hpp"
#include "core/schedule/schedule.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::plans {
namespace {

const std::set<std::string>& plan_kinds() {
  static const std::set<std::string> k{"ke_hoach", "nghi_quyet", "chuong_trinh", "quyet_dinh", "other"};
  return k;
}

std::string clean(const std::string& s) { return text::to_nfc(text::trim(s)); }

void require_text(const std::string& value, const std::string& field, const std::string& what, size_t max) {
  if (value.empty()) throw bad_request("plan.field_required", what + " không được để trống", field);
  if (value.size() > max) throw bad_request("plan.field_too_long", what + " quá dài", field);
}

struct Owned {
  std::optional<int64_t> agency_id;
  std::optional<std::string> commune_code;
};

// Who owns the plan: nobody (a provincial plan) or the agency / commune whose implementing plan it is.
Owned resolve_owner(store::Connection& db, const Actor& actor, const std::optional<std::string>& owner) {
  const bool province_officer = actor.role == Role::admin || actor.role == Role::standing_office;
  Owned out;
  std::optional<Scope> scope;
  if (owner && !owner->empty()) {
    scope = Scope::parse(*owner);
    if (!scope || scope->kind == ScopeKind::province)
      throw bad_request("plan.owner_invalid", "Đơn vị chủ trì kế hoạch phải có dạng agency:ID hoặc commune:MÃ", "owner");
  } else if (!province_officer) {
    scope = actor.scope;  // an agency's or commune's plan is its own
  }
  if (!scope) {
    if (!province_officer) throw forbidden();
    return out;
  }
  if (scope->kind == ScopeKind::agency) {
    if (!province_officer && !(actor.role == Role::agency && actor.scope.kind == ScopeKind::agency &&
                               actor.scope.id == scope->id))
      throw forbidden();
    int64_t id = 0;
    try {
      id = std::stoll(scope->id);
    } catch (...) {
      throw bad_request("plan.owner_invalid", "Cơ quan chủ trì kế hoạch không hợp lệ", "owner");
    }
    if (!agency_in_province(db, id, actor.province_code))
      throw bad_request("plan.owner_invalid", "Cơ quan chủ trì kế hoạch không có trong danh mục của tỉnh", "owner");
    out.agency_id = id;
  } else {
    if (!province_officer && !(actor.role == Role::commune && actor.scope.kind == ScopeKind::commune &&
                               actor.scope.id == scope->id))
      throw forbidden();
    if (!commune_in_province(db, scope->id, actor.province_code))
      throw bad_request("plan.owner_invalid", "Xã, phường chủ trì kế hoạch không thuộc tỉnh", "owner");
    out.commune_code = scope->id;
  }
  return out;
}

int derive_horizon(const PlanInput& in, int plan_year) {
  int h = plan_year;
  for (const auto& t : in.targets)
    if (t.year) h = std::max(h, *t.year);
  for (const auto& t : in.tasks)
    if (t.due.date && schedule::is_one_off(t.due.kind)) h = std::max(h, t.due.date->year());
  return std::min(h, plan_year + kMaxHorizonYears);
}

void validate(const PlanInput& in, calendar::Date& plan_date, int& horizon) {
  require_text(clean(in.number), "document.number", "Số hiệu văn bản", 100);
  require_text(clean(in.title), "document.title", "Trích yếu (tên kế hoạch)", 2000);
  if (clean(in.issuer).size() > 500) throw bad_request("plan.field_too_long", "Cơ quan ban hành quá dài", "document.issuer");
  auto d = calendar::Date::parse(in.date);
  if (!d) throw bad_request("plan.date_invalid", "Ngày ban hành không hợp lệ (định dạng YYYY-MM-DD)", "document.date");
  plan_date = *d;
  if (!plan_kinds().contains(in.kind))
    throw bad_request("plan.kind_invalid", "Loại văn bản phải là ke_hoach, nghi_quyet, chuong_trinh, quyet_dinh hoặc other",
                      "document.kind");
  if (in.tasks.empty()) throw bad_request("plan.no_tasks", "Kế hoạch phải có ít nhất một nhiệm vụ", "tasks");
  if (in.tasks.size() > kMaxTasks) throw bad_request("plan.too_many_tasks", "Kế hoạch có quá nhiều nhiệm vụ", "tasks");
  if (in.source_text.size() > kMaxSourceTextBytes)
    throw bad_request("plan.field_too_long", "Văn bản nguồn quá dài", "source_text");
  if (in.reporting.day && (*in.reporting.day < 1 || *in.reporting.day > 31))
    throw bad_request("plan.reporting_invalid", "Ngày báo cáo định kỳ phải từ 1 đến 31", "reporting.day");
  if (in.reporting.month && (*in.reporting.month < 1 || *in.reporting.month > 12))
    throw bad_request("plan.reporting_invalid", "Tháng báo cáo định kỳ phải từ 1 đến 12", "reporting.month");
  for (size_t i = 0; i < in.targets.size(); ++i)
    require_text(clean(in.targets[i].text), "targets[" + std::to_string(i) + "].text", "Nội dung chỉ tiêu", kMaxTextBytes);
  for (const auto& t : in.tasks) validate_task(t);
  if (in.horizon_year) {
    if (*in.horizon_year < plan_date.year() || *in.horizon_year > plan_date.year() + kMaxHorizonYears)
      throw bad_request("plan.horizon_invalid",
                        "Năm theo dõi cuối cùng phải từ năm ban hành đến " + std::to_string(kMaxHorizonYears) +
                            " năm sau đó",
                        "horizon_year");
    horizon = *in.horizon_year;
  } else {
    horizon = derive_horizon(in, plan_date.year());
  }
}

void check_parent(store::Connection& db, const Actor& actor, int64_t parent_id) {
  try {
    auto parent = visible_plan(db, actor, parent_id);
    if (parent.province_code != actor.province_code) throw not_found();
  } catch (const Error&) {
    throw bad_request("plan.parent_invalid", "Không tìm thấy kế hoạch cấp trên", "parent_plan_id");
  }
}

}  // namespace

SavedPlan save_plan(store::Connection& db, const Actor& actor, const PlanInput& in) {
  if (actor.role == Role::leader || actor.role == Role::auditor) throw forbidden();
  calendar::Date plan_date;
  int horizon = 0;
  validate(in, plan_date, horizon);
  require_own_province_or_confirmed(actor, in);
  const std::string number = clean(in.number);
  const schedule::PlanClock clock{plan_date, in.reporting, horizon};

  store::Transaction tx(db);
  const Owned owner = resolve_owner(db, actor, in.owner);
  if (in.parent_plan_id) check_parent(db, actor, *in.parent_plan_id);
  if (!db.query("SELECT 1 FROM plans WHERE province_code = $1 AND number = $2 AND doc_date = $3",
                {actor.province_code, number, plan_date.iso()})
           .empty())
    throw conflict("plan.duplicate", "Tỉnh đã có kế hoạch số " + number + " ngày này", "document.number");

  AgencyResolver resolver(db, actor.province_code);
  resolver.create_confirmed(actor, in.new_agencies);
  std::vector<std::vector<Assignment>> assigned;
  for (const auto& t : in.tasks) assigned.push_back(resolve_assignments(resolver, t));

  const int64_t now = now_seconds();
  const std::string title = clean(in.title);
  SavedPlan saved;
  saved.id = db.query(
                   "INSERT INTO plans (province_code, number, doc_date, issuer, kind, title, search_key, source_name, "
                   "source_text, parent_plan_id, owner_agency_id, owner_commune_code, report_every, report_day, "
                   "report_month, horizon_year, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,"
                   "$12,$13,$14,$15,$16,$17,$18) RETURNING id",
                   {actor.province_code, number, plan_date.iso(), clean(in.issuer), in.kind, title,
                    text::search_key(number + " " + title),
                    in.source_name.empty() ? store::Value() : store::Value(clean(in.source_name)),
                    in.source_text.empty() ? store::Value() : store::Value(text::to_nfc(in.source_text)),
                    in.parent_plan_id, owner.agency_id, owner.commune_code,
                    std::string(schedule::to_string(in.reporting.every)), in.reporting.day, in.reporting.month,
                    horizon, actor.user_id, now})
                 .one()
                 .i64(0);

  for (size_t i = 0; i < in.targets.size(); ++i) {
    const auto& t = in.targets[i];
    db.query("INSERT INTO plan_targets (plan_id, position, text, value, unit, year) VALUES ($1,$2,$3,$4,$5,$6)",
             {saved.id, static_cast<int64_t>(i), clean(t.text), t.value,
              t.unit.empty() ? store::Value() : store::Value(clean(t.unit)), t.year});
  }

  std::vector<NewInstance> instances;
  for (size_t i = 0; i < in.tasks.size(); ++i) {
    const auto& t = in.tasks[i];
    const auto sched = schedule::schedule_for(t.due, clock);
    const int64_t task_id = insert_task(db, saved.id, static_cast<int64_t>(i), t, sched.state, assigned[i], now);
    auto owed = owed_instances({saved.id, task_id, actor.province_code}, assigned[i], sched);
    instances.insert(instances.end(), std::make_move_iterator(owed.begin()), std::make_move_iterator(owed.end()));
  }
  insert_instances(db, instances, now);
  refresh_plan_dues(db, saved.id);

  saved.tasks = static_cast<int64_t>(in.tasks.size());
  saved.instances = static_cast<int64_t>(instances.size());
  saved.created_agencies = resolver.created();
  auto e = event_by(actor, "plan.create", "plan", std::to_string(saved.id));
  e.province_code = actor.province_code;
  boost::json::object detail{{"number", number},
                             {"date", plan_date.iso()},
                             {"tasks", saved.tasks},
                             {"instances", saved.instances},
                             {"new_agencies", saved.created_agencies.size()}};
  // Who saved another province's plan, confirming it, stays on record.
  if (in.confirm_other_province && !in.province_code.empty()) detail["issuing_province"] = in.province_code;
  e.detail_json = boost::json::serialize(detail);
  append_audit(db, e);
  tx.commit();
  return saved;
}

}  // namespace pcmt::app::plans
