#pragma once
// Reading an uploaded plan document for review: the parser's extraction (the `pcmt plan parse`
// contract) beside the source text, with each agency the extraction names looked up in the
// province's catalogue, so the user sees at once which ones are new. Nothing is stored.
#include <boost/json.hpp>

#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

constexpr size_t kMaxUploadBytes = 20u << 20;

// Roles that may save plans (admin, standing_office, agency, commune); others 403.
// 400 plan.unreadable / plan.unsupported_format (field "file") when the bytes are no plan; 413
// file.too_large / 422 file.too_complex when reading and parsing them (in a child process, with
// memory and time limits) went past a bound.
boost::json::object parse_upload(store::Connection& db, const Actor& actor, const std::string& bytes,
                                 const std::string& file_name);

}  // namespace pcmt::app::plans
