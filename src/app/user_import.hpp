#pragma once
// Accounts created from one file (a province's ~200 users): a table of username, full name, role and
// scope, read like the people lists (CSV, or an XLSX workbook read in a child process). A preview
// checks every row and writes nothing; the commit creates every account in one transaction, each
// with its audit row, or none. All accounts get the initial password the admin typed, and must
// replace it at first sign-in, as an account the admin creates by hand does.
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/error.hpp"
#include "store/db.hpp"

namespace pcmt::app {

inline constexpr size_t kUserImportMaxRows = 2'000;

struct UserImportRow {
  int line = 0;  // in the file, the header being line 1
  std::string username, full_name, role, scope, scope_name;
  std::vector<std::string> errors;  // Vietnamese, one per problem of the row
};

struct UserImportRequest {
  std::string format;   // "csv" or "xlsx"
  std::string content;  // the file's text or bytes
  std::string initial_password;
  bool commit = false;
};

struct UserImport {
  std::vector<UserImportRow> rows;
  int64_t created = 0;  // on commit
};

// Admin only. A commit with a row in error is 400 import.invalid_rows (the rows' errors listed) and
// writes nothing; a weak or missing initial password is 400 auth.weak_password (initial_password).
UserImport import_users(store::Connection& db, const Actor& actor, const UserImportRequest& req);

// The template to fill in: the headers, two example rows and a sheet explaining roles and scopes.
std::string user_import_template();

}  // namespace pcmt::app
