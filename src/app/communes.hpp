#pragma once
// Communes (xã, phường, đặc khu) of the administrative map, with the attributes a province keeps on
// them: resident population, border and remote-area flags.
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app {

struct Commune {
  std::string code, name, kind, province_code, province_name;
  std::optional<int64_t> population;
  bool is_border = false, is_remote = false;
  std::optional<int64_t> updated_at;
  std::string search_key;
};

struct CommuneFilter {
  std::string province, q, kind;
  int page = 1, page_size = 50;
};

struct CommunePage {
  std::vector<Commune> items;
  int64_t total = 0;
};

struct CommunePatch {
  bool set_population = false;
  std::optional<int64_t> population;  // with set_population: nullopt clears it
  std::optional<bool> is_border, is_remote;
};

struct Province {
  std::string code, name;
  int64_t commune_count = 0;
};

// The provinces the actor sees: an admin every one, everyone else its own.
std::vector<Province> list_provinces(store::Connection& db, const Actor& actor);

CommunePage list_communes(store::Connection& db, const Actor& actor, const CommuneFilter& f);
Commune get_commune(store::Connection& db, const Actor& actor, const std::string& code);  // 404 out of scope
Commune update_commune(store::Connection& db, const Actor& actor, const std::string& code, const CommunePatch& p);
// The commune, if it is in the actor's scope.
std::optional<Commune> find_commune(store::Connection& db, const Actor& actor, const std::string& code);

// What other modules read of the administrative map: reference data, the same for every actor (each
// caller keeps its own actor's scope).
std::optional<Commune> find_commune(store::Connection& db, const std::string& code);
// The communes of a province ("" = of every province), ordered by code.
std::vector<Commune> communes_of_province(store::Connection& db, const std::string& province);
bool commune_in_province(store::Connection& db, const std::string& code, const std::string& province);
int64_t count_communes(store::Connection& db, const std::string& province);
std::vector<std::string> province_codes(store::Connection& db);  // ordered
bool province_exists(store::Connection& db, const std::string& code);
std::optional<std::string> province_name(store::Connection& db, const std::string& code);
// Expressions for another module's query: the name, and the search key (to sort by name), of the
// commune whose code is in `code_column`.
std::string commune_name_sql(const std::string& code_column);
std::string commune_search_key_sql(const std::string& code_column);
std::string province_name_sql(const std::string& code_column);

// The demo's populations and border/remote flags, derived from each commune's code.
void seed_demo_communes(store::Connection& db, const std::string& province);

// A table ("csv" text or an "xlsx" workbook, read in a child process) with the columns commune_code
// (or "Mã xã") and population (or "Dân số"). All or nothing: any bad row → Error 422 listing every bad line.
int import_populations(store::Connection& db, const Actor& actor, const std::string& province, const std::string& format,
                       const std::string& content);
// The import's template: every commune of the province with its code, name and population today.
std::string population_template(store::Connection& db, const Actor& actor, const std::string& province);

}  // namespace pcmt::app
