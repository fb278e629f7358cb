#pragma once
// JSON in and out of handlers: typed field access with Vietnamese errors, and the shapes of
// pcmt's resources.
#include <boost/json.hpp>

#include <optional>
#include <string>

#include "api/http.hpp"
#include "api/params.hpp"
#include "app/agencies.hpp"
#include "app/audit.hpp"
#include "app/communes.hpp"
#include "app/users.hpp"

namespace pcmt::api {

namespace json = boost::json;

// The request body as an object; throws app::Error 400 request.bad_json.
json::object body_object(const Request& req);

// Field readers: absent → nullopt; present with the wrong type → 400 request.invalid naming the field.
std::optional<std::string> opt_string(const json::object& o, const char* key);
std::optional<int64_t> opt_int(const json::object& o, const char* key);
std::optional<bool> opt_bool(const json::object& o, const char* key);
std::string req_string(const json::object& o, const char* key);
bool has_null(const json::object& o, const char* key);

// An uploaded table in a JSON body: "content" (CSV text) or "content_base64" (XLSX bytes, or CSV).
// 400 request.missing_field / request.invalid otherwise.
std::string table_content(const json::object& body);

Response json_response(int status, const json::value& v);
Response no_content();
// 202 for work handed to a job: {"job_id"}; the client follows GET /api/v1/jobs/{id}.
Response job_started(int64_t job_id);
json::object page_json(json::array items, int64_t total, const Paging& p);

json::object to_json(const app::Commune& c);
json::object to_json(const app::UserView& u);
json::object to_json(const app::AgencyView& a);
json::object to_json(const app::AuditRow& a);
json::object to_json(const app::Actor& a, const std::string& scope_name);

}  // namespace pcmt::api
