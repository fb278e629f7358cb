#include "app/people/read_audit.hpp"

#include "app/audit.hpp"

namespace pcmt::app::people {

void audit_read(store::Connection& db, const Actor& actor, const std::string& action, const std::string& object_type,
                const std::string& object_id, boost::json::object detail, const std::optional<std::string>& reason) {
  auto e = event_by(actor, action, object_type, object_id);
  e.reason = reason;
  e.detail_json = boost::json::serialize(detail);
  store::Transaction tx(db);
  append_audit(db, e);
  tx.commit();
}

boost::json::array shown_ids(const std::vector<int64_t>& ids) {
  boost::json::array out;
  for (auto id : ids) out.push_back(id);
  return out;
}

}  // namespace pcmt::app::people
