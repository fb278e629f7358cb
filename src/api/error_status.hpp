#pragma once
// The one place where a use case's kind of refusal becomes an HTTP status.
#include "app/error.hpp"

namespace pcmt::api {

int http_status(app::ErrorKind kind);

}  // namespace pcmt::api
