#include "app/people/events.hpp"

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "app/facilities.hpp"
#include "app/people/access.hpp"
#include "app/people/person_rows.hpp"
#include "app/people/rule_book.hpp"
#include "core/people/event_types.hpp"
#include "core/people/placement.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::people {
namespace json = boost::json;
namespace lc = ::pcmt::people;

namespace {

// Substitution treatment at a substitution facility, every other stay at a rehab facility.
void check_facility(store::Connection& db, const EventInput& in) {
  if (!in.facility_id) return;
  const auto placement = ::pcmt::people::placement_of(in.type, in.fields);
  if (!::pcmt::people::at_facility(placement))
    throw bad_request("people.facility_not_applicable", "Sự kiện này không đưa người vào một cơ sở", "facility_id");
  const auto facility = facilities::find(db, *in.facility_id);
  if (!facility) throw bad_request("people.facility_unknown", "Không có cơ sở này trong danh mục", "facility_id");
  if (facility->kind != ::pcmt::people::facility_kind(placement))
    throw bad_request("people.facility_kind_mismatch",
                      placement == ::pcmt::people::Placement::substitution_facility
                          ? "Điều trị thay thế phải ở cơ sở điều trị thay thế"
                          : "Cai nghiện phải ở cơ sở cai nghiện ma túy",
                      "facility_id");
}

json::object event_body(store::Connection& db, const EventInput& in, const std::string& commune_code) {
  json::object body = in.fields;
  body.erase("type");
  body.erase("date");
  // A positive test in a mountainous, island or remote commune allows 10 working days for the
  // residence check (ND 105/2021 Art. 41.1); the commune's flag says so unless the user did.
  if (in.type == "positive_test" && !body.contains("remote_area")) {
    if (auto c = find_commune(db, commune_code); c && c->is_remote) body["remote_area"] = true;
  }
  body["type"] = in.type;
  body["date"] = in.date;
  return body;
}

void audit_event(store::Connection& db, const Actor& actor, const std::string& action, int64_t person_id,
                 const std::string& province, json::object detail, std::optional<std::string> reason) {
  auto e = event_by(actor, action, "person", std::to_string(person_id));
  e.province_code = province;
  e.reason = std::move(reason);
  e.detail_json = json::serialize(detail);
  append_audit(db, e);
}

void fill_timeline(store::Connection& db, int64_t person_id, AfterChange& out) {
  out.events = load_events(db, person_id);
  if (out.derived.facility_id)
    if (auto f = facilities::find(db, *out.derived.facility_id)) out.facility_name = f->name;
}

}  // namespace

void throw_refusal(const lc::LifecycleError& e) {
  const std::string& code = e.code;
  const std::string message = e.reason.empty() ? e.what() : e.reason;
  if (code == "people.transition_refused") throw Error(ErrorKind::conflict, code, message);
  if (code == "people.events_invalid" || code == "people.event_type_unknown" || code == "people.event_date_invalid" ||
      code == "people.event_field_invalid")
    throw Error(ErrorKind::invalid, code, message);
  throw Error(ErrorKind::refused, code, message);
}

EventOutcome record_event(store::Connection& db, const Actor& actor, int64_t person_id, const EventInput& in,
                          calendar::Date today) {
  require_read(actor);
  store::Transaction tx(db);
  lock_person(db, person_id);
  const Person p = visible_person(db, actor, person_id);
  require_record_events(actor);
  if (!lc::find_event_type(in.type))
    throw bad_request("people.event_type_unknown", "Loại sự kiện \"" + in.type + "\" không được hỗ trợ", "type");
  const auto date = calendar::Date::parse(in.date);
  if (!date) throw bad_request("people.event_date_invalid", "Ngày phải có dạng YYYY-MM-DD và là ngày có thật", "date");
  if (*date > today) throw bad_request("people.event_date_future", "Không ghi sự kiện của một ngày chưa tới", "date");
  if (in.date < p.birth_date)
    throw bad_request("people.event_before_birth", "Ngày của sự kiện trước ngày sinh của người này", "date");
  check_facility(db, in);
  const std::string reason(text::trim(in.reason));
  if (reason.size() > 1000) throw bad_request("people.reason_too_long", "Lý do tối đa 1000 ký tự", "reason");

  const json::object body = event_body(db, in, p.commune_code);
  const int64_t event_id =
      db.query(
            "INSERT INTO person_events (person_id, type, event_date, body, facility_id, reason, recorded_by, "
            "recorded_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id",
            {person_id, in.type, in.date, json::serialize(body), in.facility_id,
             reason.empty() ? store::Value() : store::Value(text::to_nfc(reason)), actor.user_id, now_seconds()})
          .one()
          .i64(0);
  EventOutcome out;
  out.event_id = event_id;
  try {
    out.derived = rederive(db, person_id, people_rule_book(db), today);
  } catch (const lc::LifecycleError& e) {
    throw_refusal(e);  // the transaction rolls back: nothing of the event stays
  }
  fill_timeline(db, person_id, out);
  audit_event(db, actor, "person.event", person_id, p.province_code,
              {{"event_id", event_id}, {"type", in.type}, {"state", lc::state_code(out.derived.report.state)}},
              reason.empty() ? std::nullopt : std::optional(text::to_nfc(reason)));
  tx.commit();
  return out;
}

AfterChange withdraw_event(store::Connection& db, const Actor& actor, int64_t person_id, int64_t event_id,
                           const std::string& reason_raw, calendar::Date today) {
  require_read(actor);
  const std::string reason = require_reason(reason_raw);
  store::Transaction tx(db);
  lock_person(db, person_id);
  const Person p = visible_person(db, actor, person_id);
  require_record_events(actor);
  auto ev = db.query("SELECT type FROM person_events WHERE id = $1 AND person_id = $2", {event_id, person_id});
  if (ev.empty()) throw not_found();
  db.query("DELETE FROM person_events WHERE id = $1", {event_id});
  AfterChange out;
  try {
    out.derived = rederive(db, person_id, people_rule_book(db), today);
  } catch (const lc::LifecycleError& e) {
    throw Error(ErrorKind::conflict, "people.withdraw_refused",
                std::string("Không thể rút sự kiện này vì các sự kiện sau nó dựa vào nó: ") + e.what());
  }
  audit_event(db, actor, "person.event_withdraw", person_id, p.province_code,
              {{"event_id", event_id}, {"type", ev.rows[0].str(0)}}, reason);
  fill_timeline(db, person_id, out);
  tx.commit();
  return out;
}

}  // namespace pcmt::app::people
