#include "app/areas/case_status.hpp"

#include <algorithm>

#include "app/areas/registry.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/users.hpp"
#include "core/areas/case_status.hpp"
#include "core/calendar/display.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::areas {
namespace {

namespace json = boost::json;
using pcmt::areas::CaseStatusDateCheck;

calendar::Date parse_date(const std::string& iso, const char* field) {
  const auto d = calendar::Date::parse(iso);
  if (!d)
    throw bad_request("area.field_invalid", "Ngày có hiệu lực của tình trạng vụ án phải là ngày hợp lệ dạng YYYY-MM-DD",
                      field);
  return *d;
}

// 400 unless `date` may carry the case's new status (core's check_case_status_date).
void require_status_date(calendar::Date date, calendar::Date case_date, std::optional<calendar::Date> previous,
                         calendar::Date today, const char* field) {
  const std::string what = "Ngày có hiệu lực của tình trạng vụ án không được ";
  switch (pcmt::areas::check_case_status_date(date, case_date, previous, today)) {
    case CaseStatusDateCheck::ok:
      return;
    case CaseStatusDateCheck::in_future:
      throw bad_request("area.date_in_future", what + "sau ngày hôm nay (" + calendar::dmy(today) + ")", field);
    case CaseStatusDateCheck::before_case:
      throw bad_request("area.date_order", what + "trước ngày phát hiện vụ án (" + calendar::dmy(case_date) + ")", field);
    case CaseStatusDateCheck::before_previous:
      throw bad_request("area.date_order", what + "trước ngày có hiệu lực của tình trạng hiện tại (" +
                                               previous->iso() + ")", field);
  }
}

void insert_change(store::Connection& db, const Actor& actor, int64_t id, const std::string& status,
                   const std::string& date, const std::string& note) {
  db.query("INSERT INTO area_case_status_changes (case_id, status, effective_date, date_known, note, changed_by, "
           "changed_at) VALUES ($1, $2, $3, 1, $4, $5, $6)",
           {id, status, date, text::to_nfc(std::string(text::trim(note))), actor.user_id, now_seconds()});
}

void record_first_status(store::Connection& db, const Actor& actor, int64_t id, const json::object& body) {
  const auto row = db.query("SELECT case_date, status FROM area_cases WHERE id = $1", {id}).one();
  const calendar::Date case_date = *calendar::Date::parse(row.str(0));
  const std::string status = row.str(1);
  const calendar::Date today = vn_today();
  const auto* given = body.if_contains("status_date");
  calendar::Date date = pcmt::areas::default_first_status_date(status, case_date, today);
  if (given && !given->is_null())
    date = parse_date(given->is_string() ? std::string(given->as_string()) : std::string(), "status_date");
  require_status_date(date, case_date, std::nullopt, today, "status_date");
  db.query("UPDATE area_cases SET status_date = $1, status_date_known = 1 WHERE id = $2", {date.iso(), id});
  insert_change(db, actor, id, status, date.iso(), "");
}

void follow_case_date(store::Connection& db, int64_t id, const std::string& was, const std::string& now) {
  if (was == now) return;
  db.query("UPDATE area_case_status_changes SET effective_date = $1 WHERE case_id = $2 AND effective_date = $3",
           {now, id, was});
  db.query("UPDATE area_cases SET status_date = $1 WHERE id = $2 AND status_date = $3", {now, id, was});
  const auto first = db.query("SELECT MIN(effective_date) FROM area_case_status_changes WHERE case_id = $1", {id});
  if (!first.empty() && !first.rows[0].is_null(0) && first.rows[0].str(0) < now)
    throw bad_request("area.date_order",
                      "Ngày phát hiện vụ án không được sau ngày có hiệu lực của tình trạng vụ án (" +
                          first.rows[0].str(0) + ") trong lịch sử",
                      "case_date");
}

bool is_case_status(const Registry& cases, const std::string& status) {
  for (const auto& f : cases.fields)
    if (f.name == "status") return std::find(f.choices.begin(), f.choices.end(), status) != f.choices.end();
  return false;
}

}  // namespace

void after_case_write(store::Connection& db, const Actor& actor, int64_t id, const json::object* before,
                      const json::object& body) {
  if (!before) return record_first_status(db, actor, id, body);
  const std::string now = db.query("SELECT case_date FROM area_cases WHERE id = $1", {id}).one().str(0);
  follow_case_date(db, id, std::string(before->at("case_date").as_string()), now);
}

json::object change_case_status(store::Connection& db, const Actor& actor, int64_t id, const std::string& status,
                                const std::string& date, const std::string& note) {
  const Registry& reg = registry("cases");
  store::Transaction tx(db);
  auto c = get_record(db, actor, reg, id);  // 404 out of scope
  if (!can_edit_areas(actor)) throw forbidden();
  if (!is_case_status(reg, status))
    throw bad_request("area.field_invalid",
                      "Tình trạng vụ án phải là một trong: investigating, prosecuted, tried", "status");
  const std::string from(c.at("status").as_string());
  if (status == from)
    throw conflict("area.case_status_unchanged", "Vụ án đã ở tình trạng này; không có gì để chuyển", "status");
  const calendar::Date today = vn_today();
  const calendar::Date on = date.empty() ? today : parse_date(date, "date");
  const calendar::Date case_date = *calendar::Date::parse(std::string(c.at("case_date").as_string()));
  std::optional<calendar::Date> previous;
  if (const auto& s = c.at("status_date"); s.is_string()) previous = calendar::Date::parse(std::string(s.as_string()));
  require_status_date(on, case_date, previous, today, "date");
  db.query("UPDATE area_cases SET status = $1, status_date = $2, status_date_known = 1, updated_at = $3 WHERE id = $4",
           {status, on.iso(), now_seconds(), id});
  insert_change(db, actor, id, status, on.iso(), note);
  audit_status_change(db, actor, "area_case", id, std::string(c.at("province_code").as_string()), from, status,
                      on.iso());
  auto out = get_record(db, actor, reg, id);
  tx.commit();
  return out;
}

json::array case_history(store::Connection& db, const Actor& actor, int64_t id) {
  get_record(db, actor, registry("cases"), id);  // 404 out of scope
  json::array out;
  for (const auto& r : db.query("SELECT h.status, h.effective_date, h.date_known, h.note, h.changed_at, " +
                                    user_full_name_sql("h.changed_by") +
                                    " FROM area_case_status_changes h WHERE h.case_id = $1 ORDER BY h.effective_date, "
                                    "h.id",
                                {id})
                           .rows)
    out.push_back(json::object{{"status", r.str(0)},
                               {"date", r.str(1)},
                               {"date_known", r.boolean(2)},
                               {"note", r.str(3)},
                               {"at", r.i64(4)},
                               {"by", r.is_null(5) ? json::value(nullptr) : json::value(r.str(5))}});
  return out;
}

}  // namespace pcmt::app::areas
