#pragma once
// The area registries (points and hotspots, drug cases, arrested offenders, wanted persons hiding,
// drug-plant finds) as one table-driven CRUD: each registry is a table whose rows belong to one
// commune, described by its fields. Every query filters by the actor's scope in SQL; a row out of
// scope is 404, exactly like a missing one. Every write is one transaction with its audit row.
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::areas {

namespace json = boost::json;

// text: free text; date: ISO date; integer: ≥ 0; coordinate: a number; area_m2: m² ≥ 0 kept in
// hundredths; commune: a known commune code (a residence may lie outside the province); person: a
// people-registry id of the row's province; case_ref: an area_cases id of the row's province;
// choice: one of `choices`.
enum class FieldType { text, date, integer, coordinate, area_m2, commune, person, case_ref, choice };

struct Field {
  std::string_view name;
  FieldType type;
  bool required = false;
  std::vector<std::string_view> choices = {};
  std::string_view label;  // Vietnamese, for error messages
  std::string_view column = {};  // when the column is not named like the field
  // Names a person or may (free text): its values never go into the audit trail, only its name.
  bool personal = false;
  // A date that cannot precede this other date field of the row (destroyed after found).
  std::string_view not_before = {};
  // Given when the row is recorded, then changed only by its own use case (a case's status, with the
  // date it took effect): a PATCH giving another value is 400 area.field_create_only.
  bool create_only = false;
  std::string column_name() const { return std::string(column.empty() ? name : column); }
};

// Column values of one write, in order; a hook may add derived columns.
using Columns = std::vector<std::pair<std::string, store::Value>>;

// Rows of another table that point at a registry row: deleting it is refused while any exist.
struct Referrer {
  std::string_view count_sql;  // "SELECT COUNT(*) FROM … WHERE …_id = $1"
  std::string_view code;       // 409 error code
  std::string_view message;    // Vietnamese, "{n}" replaced by the count
};

struct Registry {
  std::string_view name;         // "points": the URL segment
  std::string_view table;        // "area_points"
  std::string_view object_type;  // audit object type, "area_point"
  std::string_view date_field;   // the date the evaluation window filters on
  std::vector<Field> fields;     // editable
  std::vector<Field> readonly;   // returned, changed only by their own use cases (a point's status)
  // Derived columns of a write (a point's folded address, its first status, re-formation).
  void (*before_write)(store::Connection& db, const std::string& commune, bool creating, Columns& cols) = nullptr;
  std::vector<Referrer> referrers = {};
  // Writes that go with the row's, in its transaction: `before` is null when the row is being
  // recorded; `body` is the request (a case's first status date is not a column of the form).
  void (*after_write)(store::Connection& db, const Actor& actor, int64_t id, const json::object* before,
                      const json::object& body) = nullptr;
};

const std::vector<Registry>& registries();
// Throws not_found for an unknown name.
const Registry& registry(std::string_view name);

struct ListFilter {
  std::string commune;
  std::optional<int> year;  // rows whose date_field lies in that evaluation window
  int page = 1, page_size = 50;
};

json::object list_records(store::Connection& db, const Actor& actor, const Registry& reg, const ListFilter& f);
json::object get_record(store::Connection& db, const Actor& actor, const Registry& reg, int64_t id);
json::object create_record(store::Connection& db, const Actor& actor, const Registry& reg, const json::object& body);
// A partial update: only the fields present change; commune_code cannot move out of scope. The
// audit row names the changed fields with their old and new values (only the names of personal ones).
// Derived facts already decided stay (a point moved to another address keeps its re-formation flag).
json::object update_record(store::Connection& db, const Actor& actor, const Registry& reg, int64_t id,
                           const json::object& body);
// Requires a reason (400 area.reason_required), kept in the audit row; 409 while a referrer points at the row.
void delete_record(store::Connection& db, const Actor& actor, const Registry& reg, int64_t id,
                   const std::string& reason);

// The audit detail of an update: {"fields": [...], "changes": {field: {"from", "to"}}} comparing two
// JSON shapes of a row over `keys`; personal keys are named without values. Empty when nothing changed.
struct AuditedKey {
  std::string_view name;
  bool personal = false;
};
std::optional<json::object> changes_between(const json::object& before, const json::object& after,
                                            const std::vector<AuditedKey>& keys);
// The trimmed reason of a deletion; 400 area.reason_required when empty.
std::string deletion_reason(const std::string& reason);

// The audit row of a status move of a registry row ("area_point.status", "area_case.status"):
// {from, to, date}, in the province of the row.
void audit_status_change(store::Connection& db, const Actor& actor, std::string_view object_type, int64_t id,
                         const std::string& province, const std::string& from, const std::string& to,
                         const std::string& date);

// Whether the actor may write the area registries (admin, standing office, commune police/officers).
bool can_edit_areas(const Actor& actor);
// The scope condition on a table alias with commune_code and province_code columns.
std::string area_scope_clause(const Actor& actor, std::string_view alias, store::Params& p);

}  // namespace pcmt::app::areas
