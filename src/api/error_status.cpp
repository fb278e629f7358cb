#include "api/error_status.hpp"

namespace pcmt::api {

int http_status(app::ErrorKind kind) {
  switch (kind) {
    case app::ErrorKind::invalid: return 400;
    case app::ErrorKind::unauthenticated: return 401;
    case app::ErrorKind::forbidden: return 403;
    case app::ErrorKind::not_found: return 404;
    case app::ErrorKind::conflict: return 409;
    case app::ErrorKind::too_large: return 413;
    case app::ErrorKind::refused: return 422;
    case app::ErrorKind::too_many: return 429;
    case app::ErrorKind::unavailable: return 503;
  }
  return 500;
}

}  // namespace pcmt::api
