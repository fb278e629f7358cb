#include "app/plans/inbox.hpp"

#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/plans/access.hpp"
#include "app/plans/instance_queries.hpp"
#include "app/plans/settings.hpp"
#include "app/plans/task_status.hpp"
#include "core/schedule/period.hpp"
#include "store/params.hpp"

namespace pcmt::app::plans {
namespace {

// The start of a task's text for a notice, cut at a character boundary.
std::string excerpt(const std::string& s, size_t max_chars = 160) {
  size_t chars = 0, i = 0;
  for (; i < s.size() && chars < max_chars; ++chars) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  return i >= s.size() ? s : s.substr(0, i) + "…";
}

// Ends without a full stop, whatever the task text ends with: callers append ". Hạn nộp ...".
std::string subject(const InstanceView& v) {
  std::string s = "Kế hoạch " + v.plan_number + (v.task_ref.empty() ? "" : ", nhiệm vụ " + v.task_ref) + ": " +
                  excerpt(v.task_text);
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

InboxItem from_instance(const InstanceView& v, const std::string& kind, calendar::Date as_of) {
  InboxItem item;
  item.kind = kind;
  item.instance_id = v.id;
  item.plan_id = v.plan_id;
  item.task_id = v.task_id;
  item.report_id = v.last_report_id;
  item.agency = v.agency;
  item.due_date = v.due_date;
  const auto due = calendar::Date::parse(v.due_date).value_or(as_of);
  const std::string when = schedule::vn_date(due);
  if (kind == "reminder") {
    item.days = as_of.days_until(due);
    item.title = "Sắp đến hạn báo cáo " + v.period_label;
    item.body = subject(v) + ". Hạn nộp " + when + (*item.days == 0 ? " (hôm nay)." : " (còn " + std::to_string(*item.days) + " ngày).");
  } else if (kind == "overdue") {
    item.days = due.days_until(as_of);
    item.title = "Quá hạn báo cáo " + v.period_label + " – " + v.agency.name;
    item.body = subject(v) + ". Hạn nộp " + when + " (quá " + std::to_string(*item.days) + " ngày)" +
                (v.status == "returned" ? ", báo cáo bị trả lại chưa gửi lại." : ".");
  } else {
    item.title = "Báo cáo chờ duyệt: " + v.agency.name + " – " + v.period_label;
    item.body = subject(v) + ".";
  }
  return item;
}

struct Section {
  std::vector<InboxItem>* items;
  int64_t* total;
  const char* kind;
};

void fill(store::Connection& db, const std::string& condition, const store::Params& params, calendar::Date as_of,
          int limit, const Section& s) {
  *s.total = count_instances(db, condition, params);
  store::Params p = params;
  const std::string tail = " ORDER BY ri.due_date, ri.id LIMIT " + store::bind_param(p, limit);
  for (const auto& v : query_instances(db, condition, p, as_of, tail)) s.items->push_back(from_instance(v, s.kind, as_of));
}

}  // namespace

Inbox read_inbox(store::Connection& db, const Actor& actor, calendar::Date as_of, int limit) {
  Inbox box;
  box.as_of = as_of.iso();
  box.reminder_days = load_settings(db, actor.province_code).reminder_days;
  const std::string today = as_of.iso();
  const std::string horizon = as_of.add_days(box.reminder_days).iso();

  if (auto agency = actor_agency(actor)) {
    store::Params p{*agency, today, horizon};
    fill(db, "ri.agency_id = $1 AND ri.status IN ('pending', 'returned') AND ri.due_date >= $2 AND ri.due_date <= $3", p,
         as_of, limit, {&box.reminders, &box.reminders_total, "reminder"});
    store::Params q{*agency, today};
    fill(db, "ri.agency_id = $1 AND " + instance_overdue_sql("ri", "$2"), q, as_of, limit,
         {&box.overdue, &box.overdue_total, "overdue"});
    box.unread_total = db.query("SELECT COUNT(*) FROM notifications WHERE agency_id = $1 AND read_at IS NULL", {*agency})
                           .one()
                           .i64(0);
    for (const auto& r : db.query("SELECT id, kind, instance_id, report_id, title, body, created_at, read_at FROM "
                                  "notifications WHERE agency_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2",
                                  {*agency, limit})
                             .rows) {
      InboxItem item;
      item.notification_id = r.i64(0);
      item.kind = r.str(1);
      item.instance_id = r.opt_i64(2);
      item.report_id = r.opt_i64(3);
      item.title = r.str(4);
      item.body = r.str(5);
      item.created_at = r.i64(6);
      item.read = !r.is_null(7);
      box.notifications.push_back(std::move(item));
    }
    return box;
  }
  // Everyone else oversees: the queue of reports to review and what is overdue in their reach.
  store::Params p;
  const std::string visible = instance_visible(actor, p);
  store::Params overdue_params = p;
  fill(db, visible + " AND " + instance_overdue_sql("ri", store::bind_param(overdue_params, today)), overdue_params, as_of, limit,
       {&box.overdue, &box.overdue_total, "overdue"});
  fill(db, visible + " AND ri.status = 'submitted'", p, as_of, limit,
       {&box.review_needed, &box.review_total, "review_needed"});
  return box;
}

void mark_read(store::Connection& db, const Actor& actor, int64_t notification_id) {
  auto agency = actor_agency(actor);
  if (!agency) throw not_found();
  auto r = db.query("UPDATE notifications SET read_at = COALESCE(read_at, $1) WHERE id = $2 AND agency_id = $3",
                    {now_seconds(), notification_id, *agency});
  if (r.affected == 0) throw not_found();
}

int64_t count_assignments_since(store::Connection& db, int64_t agency_id, int64_t since) {
  return db.query("SELECT COUNT(*) FROM task_agencies WHERE agency_id = $1 AND assigned_at >= $2", {agency_id, since})
      .one()
      .i64(0);
}

}  // namespace pcmt::app::plans
