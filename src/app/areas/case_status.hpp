#pragma once
// A drug case's status history: each status with the date it took effect, so the share of cases
// resolved in a past evaluation year is read as the case stood at the window's end (indicators.cpp).
// area_cases.status and status_date are the current status and its date, kept with every change.
#include <boost/json.hpp>

#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::areas {

// Registry hook of the cases. On recording: the first status, dated by the body's `status_date`
// or core's default_first_status_date, in the history. On correcting the case date: the statuses
// dated on the old case date (the backfill of 0011, a case recorded under investigation) move with
// it, and the case date may not pass a later status's date (400 area.date_order).
void after_case_write(store::Connection& db, const Actor& actor, int64_t id, const boost::json::object* before,
                      const boost::json::object& body);

// Moves the case to `status` on `date` (empty: today, Vietnam time). 400 area.field_invalid for an
// unknown status or a malformed date, area.date_in_future, area.date_order (before the case date or
// the current status's date); 409 area.case_status_unchanged. Audited; returns the case.
boost::json::object change_case_status(store::Connection& db, const Actor& actor, int64_t id,
                                       const std::string& status, const std::string& date, const std::string& note);

// The statuses of a case in scope, oldest first: status, date, date_known, note, by, at.
boost::json::array case_history(store::Connection& db, const Actor& actor, int64_t id);

}  // namespace pcmt::app::areas
