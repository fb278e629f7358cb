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

CommunePage list_communes(store::Connection& db, const Actor& actor, const CommuneFilter& f);
Commune get_commune(store::Connection& db, const Actor& actor, const std::string& code);  // 404 out of scope
Commune update_commune(store::Connection& db, const Actor& actor, const std::string& code, const CommunePatch& p);
// A table ("csv" text or an "xlsx" workbook, read in a child process) with the columns commune_code
// (or "Mã xã") and population (or "Dân số"). All or nothing: any bad row → Error 422 listing every bad line.
int import_populations(store::Connection& db, const Actor& actor, const std::string& province, const std::string& format,
                       const std::string& content);
// The import's template: every commune of the province with its code, name and population today.
std::string population_template(store::Connection& db, const Actor& actor, const std::string& province);

}  // namespace pcmt::app
