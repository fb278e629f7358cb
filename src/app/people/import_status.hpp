#pragma once
// The "Tình trạng" of a row in a commune's list, with the cells that fix its regime, as the first
// lifecycle event of the person (docs/people.md "Import"). People already in rehab, substitution
// treatment, compulsory rehab or post-rehab are taken over (`taken_over`, docs/people-events.md);
// the others enter through the event their status names.
#include <map>
#include <optional>
#include <string>

#include "app/people/lifecycle_store.hpp"
#include "core/calendar/date.hpp"
#include "core/people/placement.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

struct StatusCells {
  std::string status, date, months, completed, facility;
};

class StatusReader {
 public:
  // Facilities named in the list are looked up among those of `province` ("" = every province).
  StatusReader(store::Connection& db, const std::string& province, calendar::Date today);

  // std::nullopt when the row gives no status. Throws 400 (import.status_unknown,
  // import.status_date_invalid, import.value_invalid, import.facility_unknown) naming the field.
  std::optional<StoredEvent> read(const StatusCells& cells, std::optional<calendar::Date> birth, bool remote) const;

 private:
  struct Facility {
    int64_t id = 0;
    std::string kind;
  };
  // The facility named for a person the row's first event places: 400 import.value_invalid when
  // it places no one at a facility, import.facility_unknown.
  std::optional<int64_t> facility(const std::string& raw, ::pcmt::people::Placement placement) const;

  calendar::Date today_;
  std::map<std::string, std::vector<Facility>> facilities_;  // by header_key(name)
};

}  // namespace pcmt::app::people
