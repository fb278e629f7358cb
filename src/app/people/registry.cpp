#include "app/people/registry.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "app/facilities.hpp"
#include "app/people/access.hpp"
#include "app/people/id_allocation.hpp"
#include "app/people/person_fields.hpp"
#include "app/people/person_rows.hpp"
#include "app/people/read_audit.hpp"
#include "app/people/registered_ids.hpp"
#include "app/people/rule_book.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::people {
namespace json = boost::json;

namespace {

void audit_person(store::Connection& db, const Actor& actor, const std::string& action, const Person& p,
                  json::object detail, std::optional<std::string> reason = std::nullopt) {
  auto e = event_by(actor, action, "person", std::to_string(p.id));
  e.province_code = p.province_code;
  e.reason = std::move(reason);
  e.detail_json = json::serialize(detail);
  append_audit(db, e);
}

// Field names that differ (never their values: the audit trail holds no personal data).
json::array changed_fields(const Person& a, const Person& b) {
  json::array out;
  auto check = [&](const char* name, bool differs) {
    if (differs) out.emplace_back(name);
  };
  check("personal_id", a.personal_id != b.personal_id);
  check("full_name", a.full_name != b.full_name);
  check("aliases", a.aliases != b.aliases);
  check("birth_date", a.birth_date != b.birth_date);
  check("sex", a.sex != b.sex);
  check("commune_code", a.commune_code != b.commune_code);
  check("address", a.address != b.address);
  check("stable_residence", a.stable_residence != b.stable_residence);
  check("drug_types", a.drug_types != b.drug_types);
  check("photo", a.photo != b.photo);
  return out;
}

void require_province_in_scope(const Actor& actor, const Person& p) {
  if (actor.role != Role::admin && p.province_code != actor.province_code)
    throw bad_request("person.commune_out_of_scope", "Xã, phường này không thuộc đơn vị của bạn", "commune_code");
}

}  // namespace

void require_commune_in_scope(const Actor& actor, const Person& p) {
  require_province_in_scope(actor, p);
  if (actor.scope.kind == ScopeKind::commune && p.commune_code != actor.scope.id)
    throw bad_request("person.commune_out_of_scope", "Xã, phường này không thuộc đơn vị của bạn", "commune_code");
}

Person register_person(store::Connection& db, const Actor& actor, const PersonInput& in, calendar::Date today) {
  require_register(actor);
  Person p = validate_new_person(db, in, today);
  require_commune_in_scope(actor, p);
  if (auto holder = id_holder(db, actor, p.personal_id)) {
    store::Transaction tx(db);
    audit_id_registered(db, actor, "person.create", p.personal_id, *holder);
    tx.commit();
    throw id_registered_error(*holder);
  }
  store::Transaction tx(db);
  const auto duplicates = find_duplicates(db, actor, p);
  for (const auto& d : duplicates)
    if (d.why == "same_id")  // registered by someone else a moment ago
      throw d.person ? id_taken() : conflict("person.registered_elsewhere", d.message, "personal_id");
  if (!duplicates.empty() && !in.confirm_not_duplicate)
    throw conflict("person.possible_duplicate",
                   std::string("Có ") + std::to_string(duplicates.size()) +
                       " người cùng ngày sinh, cùng xã và họ tên gần giống; kiểm tra trước khi đăng ký mới",
                   "full_name");
  p.id = reserve_ids(db, "people", 1).front();
  const int64_t now = now_seconds();
  p.created_at = p.updated_at = now;
  PersonRows rows;
  rows.add(p, actor.user_id, now);
  try {
    rows.insert(db);
  } catch (const store::ConstraintViolation&) {
    throw id_taken();  // registered by someone else a moment ago
  }
  audit_person(db, actor, "person.create", p, {{"possible_duplicates", duplicates.size()}});
  tx.commit();
  return p;
}

RegistrationCheck check_registration(store::Connection& db, const Actor& actor, const PersonInput& in,
                                     calendar::Date today) {
  require_register(actor);  // whether someone is registered is itself person data
  RegistrationCheck out;
  out.id = check_id(in.personal_id.value_or(""), in.sex, in.birth_date, today);
  Person p;
  p.personal_id = out.id.valid() ? out.id.id->number : std::string(text::trim(in.personal_id.value_or("")));
  p.full_name = in.full_name.value_or("");
  for (const auto& a : in.aliases.value_or(std::vector<std::string>{})) p.aliases.push_back(a);
  p.commune_code = in.commune_code.value_or("");
  p.birth_date = in.birth_date.value_or("");
  out.duplicates = find_duplicates(db, actor, p);
  json::object detail{{"results", out.duplicates.size()}};
  // Which number was asked about, when one was: only a well-formed number can match a record, and
  // anything else typed in the box (a name, perhaps) is not kept.
  if (out.id.valid()) {
    detail["personal_id"] = audited_id(Fingerprints(db), p.personal_id);
    const char* holder = "none";
    for (const auto& d : out.duplicates)
      if (d.why == "same_id") holder = d.person ? "in_scope" : "elsewhere";
    detail["holder"] = holder;
  }
  audit_read(db, actor, "people.duplicate_check", "people", actor.scope.to_string(), std::move(detail));
  return out;
}

Person update_person(store::Connection& db, const Actor& actor, int64_t id, const PersonInput& in, calendar::Date today) {
  require_read(actor);
  store::Transaction tx(db);
  lock_person(db, id);
  const Person before = visible_person(db, actor, id, true);
  require_register(actor);
  Person after = apply_patch(db, before, in, today);
  // A commune may hand a person over to another commune of the province (dossier transfer).
  require_province_in_scope(actor, after);
  if (after.personal_id != before.personal_id)
    if (auto holder = id_holder(db, actor, after.personal_id, id)) {
      // Nothing is changed yet: the transaction commits the audit row of what the answer reveals.
      audit_id_registered(db, actor, "person.update", after.personal_id, *holder);
      tx.commit();
      throw id_registered_error(*holder);
    }
  const int64_t now = now_seconds();
  update_person_row(db, after, now);
  after.updated_at = now;
  if (after.birth_date != before.birth_date) {
    // Age rules (registration from 12, compulsory tracks, consent) depend on the birth date.
    try {
      rederive(db, id, people_rule_book(db), today);
    } catch (const ::pcmt::people::LifecycleError& e) {
      throw Error(ErrorKind::conflict, "people.birth_date_conflict",
                  std::string("Ngày sinh mới không phù hợp với các sự kiện đã ghi: ") + e.what(), "birth_date");
    }
  }
  audit_person(db, actor, "person.update", after, {{"fields", changed_fields(before, after)}});
  tx.commit();
  return after;
}

PersonRecord read_person(store::Connection& db, const Actor& actor, int64_t id, const std::string& reason_raw,
                         calendar::Date today) {
  require_read(actor);
  const std::string reason = require_reason(reason_raw);
  PersonRecord rec;
  rec.person = visible_person(db, actor, id, true);
  if (auto c = find_commune(db, rec.person.commune_code)) {
    rec.commune_name = c->name;
    rec.province_name = c->province_name;
    if (rec.person.facility_id)
      if (auto f = facilities::find(db, *rec.person.facility_id)) rec.facility_name = f->name;
  }
  rec.events = load_events(db, id);
  try {
    rec.lifecycle =
        derive(rec.events, people_rule_book(db), calendar::Date::parse(rec.person.birth_date), today).report;
  } catch (const ::pcmt::people::LifecycleError& e) {
    rec.lifecycle_error = e.what();
  }
  store::Transaction tx(db);
  audit_person(db, actor, "person.read", rec.person, {}, reason);
  tx.commit();
  return rec;
}

Person merge_people(store::Connection& db, const Actor& actor, int64_t kept_id, int64_t duplicate_id,
                    const std::string& reason_raw, calendar::Date today) {
  require_read(actor);
  if (!can_merge_people(actor)) throw forbidden();
  const std::string reason = require_reason(reason_raw);
  if (kept_id == duplicate_id)
    throw bad_request("people.merge_same", "Không thể gộp một hồ sơ với chính nó", "duplicate_id");
  store::Transaction tx(db);
  lock_person(db, std::min(kept_id, duplicate_id));  // always in the same order: no deadlock
  lock_person(db, std::max(kept_id, duplicate_id));
  Person kept = visible_person(db, actor, kept_id, true);
  const Person dup = visible_person(db, actor, duplicate_id, true);
  const Person before = kept;
  // The duplicate's names become aliases of the kept record; drug types are united.
  for (const auto& name : std::vector<std::string>{dup.full_name})
    if (name != kept.full_name && std::find(kept.aliases.begin(), kept.aliases.end(), name) == kept.aliases.end())
      kept.aliases.push_back(name);
  for (const auto& a : dup.aliases)
    if (a != kept.full_name && std::find(kept.aliases.begin(), kept.aliases.end(), a) == kept.aliases.end())
      kept.aliases.push_back(a);
  for (const auto& t : dup.drug_types)
    if (std::find(kept.drug_types.begin(), kept.drug_types.end(), t) == kept.drug_types.end()) kept.drug_types.push_back(t);
  std::sort(kept.drug_types.begin(), kept.drug_types.end());
  if (!kept.photo) kept.photo = dup.photo;

  db.query("UPDATE person_events SET person_id = $1 WHERE person_id = $2", {kept_id, duplicate_id});
  db.query("INSERT INTO person_merges (kept_id, merged_id, merged_personal_id, merged_full_name, reason, merged_by, "
           "merged_at) VALUES ($1,$2,$3,$4,$5,$6,$7)",
           {kept_id, duplicate_id, dup.personal_id, dup.full_name, reason, actor.user_id, now_seconds()});
  unindex_names(db, duplicate_id);
  db.query("DELETE FROM people WHERE id = $1", {duplicate_id});
  const int64_t now = now_seconds();
  update_person_row(db, kept, now);
  try {
    rederive(db, kept_id, people_rule_book(db), today);
  } catch (const ::pcmt::people::LifecycleError& e) {
    throw Error(ErrorKind::conflict, "people.merge_conflict",
                std::string("Các sự kiện của hai hồ sơ không ghép được thành một quá trình hợp lệ: ") + e.what(),
                "duplicate_id");
  }
  audit_person(db, actor, "person.merge", kept,
               {{"merged_id", duplicate_id}, {"fields", changed_fields(before, kept)}}, reason);
  tx.commit();
  kept.updated_at = now;
  return kept;
}

}  // namespace pcmt::app::people
