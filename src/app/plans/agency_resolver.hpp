#pragma once
// Turns the agencies a reviewed plan names (catalogue ids, canonical names, aliases, names with
// the province in them) into catalogue ids of the plan's province. A name the catalogue lacks is
// an error unless the user confirmed it as a new entry; it is never merged into a near name.
#include <map>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/plans/plan_model.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

class AgencyResolver {
 public:
  AgencyResolver(store::Connection& db, std::string province_code);

  // Creates the confirmed new agencies the catalogue lacks, each audited, inside the caller's
  // transaction. Throws 400 plan.new_agency_invalid naming new_agencies[i].
  void create_confirmed(const Actor& actor, const std::vector<NewAgencyInput>& confirmed);

  // The catalogue id, or 400 plan.agency_unknown naming ref.field.
  int64_t resolve(const AgencyRef& ref);
  // The id a name denotes in the province's catalogue, or nothing.
  std::optional<int64_t> find(const std::string& name);

  const std::vector<AgencyName>& created() const { return created_; }

 private:
  std::optional<int64_t> find_by_key(const std::string& key);

  store::Connection& db_;
  std::string province_;
  std::map<std::string, std::optional<int64_t>> by_key_;
  std::vector<AgencyName> created_;
};

}  // namespace pcmt::app::plans
