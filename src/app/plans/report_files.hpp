#pragma once
// Downloading a report's evidence file.
#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

struct FileContent {
  std::string name;
  std::string content_type;  // as uploaded, only when it is safe to show inline; else octet-stream
  std::string bytes;
};

// 404 when the report or file is out of the actor's scope or does not belong together.
FileContent get_report_file(store::Connection& db, const Actor& actor, int64_t report_id, int64_t file_id);

}  // namespace pcmt::app::plans
