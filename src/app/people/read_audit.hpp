#pragma once
// The audit row of a read of person data (a search, a list, a worklist, an export): who, why when a
// reason was given, and ids and counts only — never names, numbers or what was typed (domain rule 40).
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

// Appends the row in its own transaction (reads have none).
void audit_read(store::Connection& db, const Actor& actor, const std::string& action, const std::string& object_type,
                const std::string& object_id, boost::json::object detail,
                const std::optional<std::string>& reason = std::nullopt);

// The ids shown to the user, for the "shown" member of a read's detail.
boost::json::array shown_ids(const std::vector<int64_t>& ids);

}  // namespace pcmt::app::people
