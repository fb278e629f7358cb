#include "api/dispatcher.hpp"

#include <sodium.h>

#include <iostream>
#include <memory>

#include "api/error_status.hpp"
#include "api/json_io.hpp"
#include "api/map_tiles.hpp"
#include "api/session_cookie.hpp"
#include "app/error.hpp"
#include "report/xlsx_writer.hpp"
#include "core/text/normalize.hpp"
#include "report/temp_file.hpp"
// The one store header of the api layer: the dispatcher opens each thread's connection and turns the
// engines' storage errors into answers (503 storage.full, 409); handlers pass the connection on.
#include "store/db.hpp"

namespace pcmt::api {
namespace {

void add_security_headers(Response& r, bool api) {
  // The map's tile origin, when the operator configured one, is the only other source of images.
  const auto& tiles = map_tiles();
  r.headers.emplace_back("Content-Security-Policy",
                         "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' "
                         "data: blob:" + (tiles ? " " + tiles->origin : std::string()) +
                             "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                             "frame-ancestors 'none'");
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  r.headers.emplace_back("Referrer-Policy", "no-referrer");
  r.headers.emplace_back("X-Frame-Options", "DENY");
  r.headers.emplace_back("Cross-Origin-Opener-Policy", "same-origin");
  r.headers.emplace_back("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (api) r.headers.emplace_back("Cache-Control", "no-store");
}

bool body_type_ok(BodyKind kind, const std::string& type) {
  switch (kind) {
    case BodyKind::json: return type == "application/json";
    case BodyKind::table:
      return type == "text/csv" || type == "application/csv" || type == "text/plain" || type == report::kXlsxMediaType;
    case BodyKind::none: return true;
  }
  return false;
}

bool same_token(const std::string& a, const std::string& b) {
  return !a.empty() && a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

json::object error_body(const std::string& code, const std::string& message, const std::string& field) {
  json::object o{{"code", code}, {"message", message}};
  if (!field.empty()) o["field"] = field;
  return o;
}

Response app_error(const app::Error& e) {
  json::object o = error_body(e.code, e.what(), e.field);
  if (!e.rows.empty()) {
    json::array rows;
    for (const auto& r : e.rows)
      rows.push_back(json::object{{"line", r.line}, {"field", r.field}, {"code", r.code}, {"message", r.message}});
    o["errors"] = std::move(rows);
  }
  return json_response(http_status(e.kind), o);
}

std::unique_ptr<store::Connection>& thread_connection() {
  thread_local std::unique_ptr<store::Connection> conn;
  return conn;
}

// The database's disk or the temporary files' disk is full: the write failed whole.
Response disk_full(const Request& req, const Route& r) {
  std::cerr << "error: " << req.method << " " << r.pattern << ": the disk is full" << std::endl;
  return app_error(app::storage_full());
}

}  // namespace

Response error_response(int status, const std::string& code, const std::string& message, const std::string& field) {
  return json_response(status, error_body(code, message, field));
}

Dispatcher::Dispatcher(Router router, std::string db_url, std::optional<StaticSite> site)
    : router_(std::move(router)), db_url_(std::move(db_url)), site_(std::move(site)) {}

store::Connection& Dispatcher::connection() const {
  auto& conn = thread_connection();
  if (!conn) conn = store::connect(db_url_);
  return *conn;
}

Lane Dispatcher::lane(const std::string& method, const std::string& path) const {
  if (path == "/healthz") return Lane::health;
  return router_.max_body(method, path) > kDefaultMaxBody ? Lane::upload : Lane::general;
}

Response Dispatcher::handle(Request& req) const {
  const bool api = req.path.starts_with("/api/") || req.path == "/healthz";
  Response res;
  if (api) {
    res = route(req);
  } else if (req.method == "GET" || req.method == "HEAD") {
    auto file = site_ ? site_->serve(req) : std::nullopt;
    res = file ? std::move(*file) : error_response(404, "not_found", "Không tìm thấy trang");
  } else {
    res = error_response(405, "request.method_not_allowed", "Phương thức không được hỗ trợ");
  }
  add_security_headers(res, api);
  return res;
}

// PostgreSQL refuses invalid UTF-8 where SQLite stores it: both must answer the same, with a 400.
static bool well_formed(const Request& req) {
  if (!text::is_valid_utf8(req.path)) return false;
  for (const auto& [k, v] : req.query)
    if (!text::is_valid_utf8(k) || !text::is_valid_utf8(v)) return false;
  return true;
}

Response Dispatcher::route(Request& req) const {
  if (!well_formed(req))
    return error_response(400, "request.bad_encoding", "Địa chỉ yêu cầu chứa ký tự không hợp lệ (không phải UTF-8)");
  const Route* r = router_.match(req.method, req.path, req.params);
  if (!r) {
    if (router_.path_exists(req.path))
      return error_response(405, "request.method_not_allowed", "Phương thức không được hỗ trợ");
    return error_response(404, "not_found", "Không tìm thấy địa chỉ");
  }
  if (r->body != BodyKind::none && !body_type_ok(r->body, req.content_type))
    return error_response(415, "request.unsupported_media_type",
                          r->body == BodyKind::json ? "Dữ liệu phải ở dạng JSON (application/json)"
                                                    : "Tệp phải ở dạng Excel (.xlsx) hoặc CSV (text/csv)");
  try {
    Context ctx{req, connection(), std::nullopt};
    if (r->access != Access::open) {
      ctx.session = app::resolve_session(ctx.db, cookie_value(req.cookie, kSessionCookie));
      if (!ctx.session) return error_response(401, "auth.required", "Phiên làm việc đã hết hạn, vui lòng đăng nhập lại");
      if (ctx.session->actor.must_change_password && r->access != Access::own_account)
        return error_response(403, "auth.password_change_required", "Bạn cần đổi mật khẩu trước khi tiếp tục");
      ctx.session->actor.client_ip = req.client_ip;
      // Cookies ride along on cross-site requests; the token in a header cannot.
      if (req.method != "GET" && !same_token(req.csrf_token, ctx.session->csrf_token))
        return error_response(403, "auth.csrf", "Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF)");
    }
    return r->handler(ctx);
  } catch (const app::Error& e) {
    return app_error(e);
  } catch (const store::StorageFull&) {
    return disk_full(req, *r);
  } catch (const report::DiskFull&) {  // a document's temporary file
    return disk_full(req, *r);
  } catch (const store::ConstraintViolation&) {
    return error_response(409, "conflict", "Dữ liệu bị trùng với bản ghi đã có");
  } catch (const std::exception& e) {
    // The message may name tables or SQL, never request data; it goes to the log, not the client.
    std::cerr << "error: " << req.method << " " << r->pattern << ": " << e.what() << std::endl;
    // A failed connection (server restarted, network cut) is reopened on the next request.
    if (dynamic_cast<const store::DbError*>(&e)) thread_connection().reset();
    return error_response(500, "internal", "Lỗi hệ thống, vui lòng thử lại sau");
  }
}

}  // namespace pcmt::api
