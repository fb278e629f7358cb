#pragma once
// Registering a person once (keyed by the personal ID), changing the record, reading it (audited,
// with a reason), and merging two records found to be one person.
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/people/duplicates.hpp"
#include "app/people/lifecycle_store.hpp"
#include "app/people/person.hpp"
#include "core/ids/personal_id.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

// 201 on success. 400 on a bad field; 422 person.id_*_mismatch unless confirmed; 409
// person.id_taken; 409 person.possible_duplicate unless confirm_not_duplicate; 403 for roles that do
// not register; 400 person.commune_out_of_scope for a commune outside the caller's unit.
Person register_person(store::Connection& db, const Actor& actor, const PersonInput& in, calendar::Date today);

// What registering would find, without registering: the ID check and the potential duplicates.
// Audited as a search.
struct RegistrationCheck {
  ids::IdCheck id;
  std::vector<DuplicateCandidate> duplicates;
};
RegistrationCheck check_registration(store::Connection& db, const Actor& actor, const PersonInput& in,
                                     calendar::Date today);

Person update_person(store::Connection& db, const Actor& actor, int64_t id, const PersonInput& in, calendar::Date today);

struct PersonRecord {
  Person person;
  std::string commune_name, province_name;
  std::optional<std::string> facility_name;
  std::vector<StoredEvent> events;
  std::optional<::pcmt::people::LifecycleReport> lifecycle;  // as of today
  std::optional<std::string> lifecycle_error;              // when the events no longer replay
  bool full_id = true;
};
// The whole record, with the full personal ID and the photo. `reason` is required; audited.
PersonRecord read_person(store::Connection& db, const Actor& actor, int64_t id, const std::string& reason,
                         calendar::Date today);

// Admin and standing office. The duplicate's events, aliases (its name becomes one) and drug types
// move to `kept_id`; the duplicate is removed and remembered in person_merges. 409
// people.merge_conflict when the two lifecycles do not replay as one. Audited with the reason.
Person merge_people(store::Connection& db, const Actor& actor, int64_t kept_id, int64_t duplicate_id,
                    const std::string& reason, calendar::Date today);

// The commune must be inside the actor's unit (a commune user's own commune; a province user's province).
void require_commune_in_scope(const Actor& actor, const Person& p);

}  // namespace pcmt::app::people
