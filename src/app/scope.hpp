#pragma once
// The one rule that turns an actor's scope into SQL. Every module's visibility (communes, people,
// facilities, plans, areas) is this clause with the module's columns, so authorisation stays in the
// query and a row out of scope is simply not found (404).
//   admin                  every row
//   commune-scoped actor   the rule's `commune` condition (default: its province)
//   agency-scoped actor    the rule's `agency` condition (default: its province)
//   everyone else          the rule's `province` condition, with the actor's province
#include <optional>
#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::scope {

// Conditions over a module's row, written with the placeholders $province, $commune and $agency: each
// that a condition uses is bound once to the actor's province code, commune code or agency id.
// "1=1" makes a scope see every row; an empty `commune` or `agency` falls back to `province`.
struct Rule {
  std::string province = {};  // e.g. "p.province_code = $province"
  std::string commune = {};   // e.g. "p.commune_code = $commune"
  std::string agency = {};    // e.g. "p.owner_agency_id = $agency"
};

// The clause for the actor, its parameters appended to `params`.
std::string clause(const Actor& actor, store::Params& params, const Rule& rule);

// The agency id of an agency-scoped actor (an unreadable id sees nothing: -1 matches no agency).
std::optional<int64_t> agency_of(const Actor& actor);

// Where a row is, for the predicate: its province, and its commune or agency when it has one.
struct Place {
  std::string province = {};
  std::string commune = {};            // empty: the row is not in one commune
  std::optional<int64_t> agency = {};  // the agency the row belongs to, if any
};

// Whether the actor's scope reaches the place: what `clause` decides in SQL, for a row already read or
// about to be written. A commune (agency) actor reaches a place of its own commune (agency); a place
// with no commune (agency) by province.
bool reaches(const Actor& actor, const Place& place);

}  // namespace pcmt::app::scope
