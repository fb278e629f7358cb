#pragma once
// Whether a personal ID is already registered, told only as far as the caller may know. That a
// person exists is itself sensitive: only roles that register people ask it, a record outside the
// caller's scope is "registered elsewhere" with no name, province or number, and every answer
// that a number is taken leaves an audit row saying which number (masked and fingerprinted).
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/error.hpp"
#include "app/fingerprint.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct IdHolder {
  int64_t person_id = 0;
  bool visible = false;        // inside the caller's scope: the caller may see the record
  bool same_province = false;  // a commune user's province, when the record is in another commune
};

// The holders of the given numbers, by number; absent numbers are free.
std::map<std::string, IdHolder> id_holders(store::Connection& db, const Actor& actor,
                                           const std::vector<std::string>& personal_ids);
std::optional<IdHolder> id_holder(store::Connection& db, const Actor& actor, const std::string& personal_id,
                                  std::optional<int64_t> exclude_person = std::nullopt);

// All a registrar is told of a record outside its scope: who to ask, nothing about the person.
std::string registered_elsewhere_message(const IdHolder& h);
// 409 person.id_taken: the number is registered (said to those who may see the record, or when a
// concurrent registration took it).
Error id_taken();
// id_taken() when the caller sees the record, 409 person.registered_elsewhere otherwise.
Error id_registered_error(const IdHolder& h);
// "in_scope" or "elsewhere", for audit details.
const char* holder_kind(const IdHolder& h);

// A personal ID as the audit trail keeps it: {"masked": "040******123", "fingerprint": keyed hash}.
// Never in full: the trail is append-only and read by auditors, who see no person records.
boost::json::object audited_id(const Fingerprints& fingerprints, const std::string& personal_id);

// The fingerprint alone, for an auditor's question "which checks were of this number?" (`pcmt audit
// fingerprint`): the same value audited_id() records.
std::string personal_id_fingerprint(const Fingerprints& fingerprints, const std::string& personal_id);

// Appends, in the caller's transaction, the row saying that `during` (person.create,
// person.update) found `personal_id` already registered.
void audit_id_registered(store::Connection& db, const Actor& actor, const std::string& during,
                         const std::string& personal_id, const IdHolder& h);

}  // namespace pcmt::app::people
