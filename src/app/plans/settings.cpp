#include "app/plans/settings.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/error.hpp"
#include "app/settings.hpp"

namespace pcmt::app::plans {
namespace {

std::string reminder_key(const std::string& province) { return "plans.reminder_days." + province; }

}  // namespace

PlanSettings load_settings(store::Connection& db, const std::string& province_code) {
  PlanSettings s;
  if (auto v = settings::get(db, reminder_key(province_code))) {
    try {
      s.reminder_days = std::stoi(*v);
    } catch (...) {
      // A hand-edited value that is not a number: the default is safer than failing every inbox.
    }
  }
  return s;
}

PlanSettings get_settings(store::Connection& db, const Actor& actor) { return load_settings(db, actor.province_code); }

PlanSettings update_settings(store::Connection& db, const Actor& actor, int reminder_days) {
  if (actor.role != Role::admin && actor.role != Role::standing_office) throw forbidden();
  if (reminder_days < 0 || reminder_days > kMaxReminderDays)
    throw bad_request("plan.reminder_days_invalid", "Số ngày nhắc trước hạn phải từ 0 đến 60", "reminder_days");
  store::Transaction tx(db);
  settings::put(db, reminder_key(actor.province_code), std::to_string(reminder_days));
  auto e = event_by(actor, "plan.settings_update", "province", actor.province_code);
  e.province_code = actor.province_code;
  e.detail_json = boost::json::serialize(boost::json::object{{"reminder_days", reminder_days}});
  append_audit(db, e);
  tx.commit();
  return {reminder_days};
}

}  // namespace pcmt::app::plans
