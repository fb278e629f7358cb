#pragma once
// Validation of what a user enters for a person: the personal ID (parsed and cross-checked with the
// entered sex and birth year, core/ids), names in NFC, a real birth date, a known commune, known
// drug types, a bounded photo. Every problem is an app::Error naming the field.
#include "app/people/person.hpp"
#include "core/calendar/date.hpp"
#include "core/ids/personal_id.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

// A complete new person. Throws 400 on a bad field, 422 person.id_*_mismatch when the ID disagrees
// with the entered sex or birth year and the input does not confirm it.
Person validate_new_person(store::Connection& db, const PersonInput& in, calendar::Date today);

// `before` with the fields the input sets, validated the same way (the ID cross-check is redone
// when the ID, sex or birth date changes).
Person apply_patch(store::Connection& db, Person before, const PersonInput& in, calendar::Date today);

// The ID check of `number` against the entered facts, without throwing (for the check endpoint).
ids::IdCheck check_id(const std::string& number, const std::optional<std::string>& sex,
                      const std::optional<std::string>& birth_date, calendar::Date today);

// Throws the 400 of an invalid ID check, or the 422 of unconfirmed warnings.
void enforce_id_check(const ids::IdCheck& check, bool confirmed);

// NFC, trimmed, 1–200 bytes of well-formed UTF-8; throws 400 person.<field>_invalid naming `field`.
std::string clean_name(const std::string& raw, const char* field);

// The single-field checks the above are made of (each throws a 400 naming its field), for callers
// that report every bad field of a row rather than the first (the import).
calendar::Date check_birth_date(const std::string& text, calendar::Date today);
std::string check_sex(const std::string& text);
std::vector<std::string> check_aliases(const std::vector<std::string>& raw);
std::vector<std::string> check_drug_types(const std::vector<std::string>& raw);
std::string check_address(const std::string& raw);
// "YYYY-MM-DD", "DD/MM/YYYY" or "D/M/YYYY"; nothing when unreadable.
std::optional<calendar::Date> parse_user_date(std::string_view text);

}  // namespace pcmt::app::people
