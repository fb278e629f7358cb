#pragma once
// The JSON shapes of the people API (docs/people.md): what handlers return. Parsing requests stays
// in the route file, next to the HTTP details.
#include <boost/json.hpp>

#include "app/facilities.hpp"
#include "app/people/exports.hpp"
#include "app/people/import.hpp"
#include "app/people/linkage.hpp"
#include "app/people/registry.hpp"
#include "app/people/rule_book.hpp"
#include "app/people/search.hpp"
#include "app/people/statistics.hpp"
#include "app/people/worklist.hpp"

namespace pcmt::app::people {

boost::json::object to_json(const Person& p);  // the full record fields (full ID, photo when loaded)
boost::json::object to_json(const PersonSummary& s);
boost::json::object to_json(const PersonRecord& r);
boost::json::object to_json(const StoredEvent& e);
boost::json::object to_json(const DuplicateCandidate& d);
boost::json::object to_json(const RegistrationCheck& c);
boost::json::object to_json(const SearchResult& r, int page, int page_size);
boost::json::object to_json(const facilities::Facility& f);
boost::json::object to_json(const Worklist& w);
boost::json::object to_json(const Statistics& s);
boost::json::object to_json(const ImportReport& r);
boost::json::object to_json(const LinkageItem& i);
boost::json::object to_json(const LinkageReport& r);
boost::json::object to_json(const RulePackView& p);
boost::json::object to_json(const RuleChange& c);
// State, episodes and deadlines after an event (the lifecycle as of today).
boost::json::object lifecycle_json(const Derived& d);

}  // namespace pcmt::app::people
