#pragma once
// Who sees and changes which person records (domain rule 40). Visibility is a SQL
// clause added to every query, so a person outside the caller's scope is simply not found (404).
//   admin            every province
//   standing_office  its province: reads, registers, records events, imports, merges
//   leader           its province: reads and statistics, changes nothing
//   commune          the people whose residence is its commune: reads, registers, records events, imports
//   agency           only when the agency is linked to a rehab or substitution facility: the people
//                    in that facility's care; records their events; registers no one
//   auditor          no person records (reads the audit trail only)
#include <optional>
#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

// Clause over a people row aliased `p`; appends its parameters.
std::string person_visible(const Actor& actor, store::Params& params, const std::string& p = "p");

// Whether the person is in `province` and in the actor's view: what another module asks before it
// links one of its records to a person, so that the answer tells nothing of records out of view.
bool person_in_view(store::Connection& db, const Actor& actor, int64_t person_id, const std::string& province);

// The agency id of an agency-scoped actor.
std::optional<int64_t> actor_agency(const Actor& actor);

bool can_read_people(const Actor& actor);      // everyone but the auditor (agency: its facility's people)
bool can_record_events(const Actor& actor);    // admin, standing_office, commune, facility staff (agency)
bool can_register_people(const Actor& actor);  // admin, standing_office, commune
bool can_merge_people(const Actor& actor);     // admin, standing_office
bool can_manage_facilities(const Actor& actor);  // admin, standing_office
// Lists show the personal ID in full only to the commune officers who keep the dossiers; everyone
// else sees it masked (040******123) and reads the full number in the record, with a reason.
bool sees_full_id_in_lists(const Actor& actor);
// An export with the personal IDs in full, to re-import the list or match it with the national
// population database: the commune users (who see them anyway), the standing office and the admin.
bool may_export_full_ids(const Actor& actor);

void require_read(const Actor& actor);
void require_record_events(const Actor& actor);
void require_register(const Actor& actor);

// "040******123": the birth-registration code and the last three digits.
std::string mask_personal_id(const std::string& id);

// Reads of a record and exports need a reason (ND 13/2023 Art. 38.2: processing is logged with its
// purpose). Trimmed; 400 people.reason_required when empty, people.reason_too_long over 500 bytes.
std::string require_reason(const std::string& reason);

}  // namespace pcmt::app::people
